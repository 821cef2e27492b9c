package io.github.cameltiktok.springboot;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the tiktok-report secrets (access token, app secret, auth code) in Actuator's environment and
 * configuration-properties endpoints, even where {@code management.endpoint.env.show-values} shows other values:
 * {@code camel.component.tiktok-report.access-token}, the {@code accessToken} of the bound properties, and the
 * Kamelet's {@code camel.kamelet.tiktok-report-source.accessToken} alike.
 */
public class TikTokReportSecretsSanitizer implements SanitizingFunction {

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = data.getKey() == null ? "" : data.getKey().replace("-", "").toLowerCase(Locale.ROOT);
        for (String secret : TikTokReportComponentConfiguration.SECRET_OPTIONS) {
            if (key.endsWith(secret.replace("-", ""))) {
                return data.withValue(SanitizableData.SANITIZED_VALUE);
            }
        }
        return data;
    }
}
