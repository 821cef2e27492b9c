/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
