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
package io.github.cameltiktok;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.account.AccessTokenGrant;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The public entry point of TikTok For Business's OAuth ("Connect with TikTok"): the page an advertiser confirms
 * on, and the exchange of the auth code it redirects with for a long-lived access token. Use it to build your own
 * connect flow; the examples' {@code connect} command is one.
 *
 * <pre>{@code
 * try (TikTokOAuth oauth = TikTokOAuth.production()) {
 *     String page = oauth.authorizationUrl(appId, "https://example.com/callback", state);
 *     // ... the advertiser confirms; your callback receives auth_code and state
 *     AccessTokenGrant grant = oauth.exchangeAuthCode(appId, appSecret, authCode);
 * }
 * }</pre>
 *
 * The exchange is sent once (a lost answer never spends the code twice); neither the app secret nor the token
 * appears in a log or an exception message.
 */
public final class TikTokOAuth implements AutoCloseable {

    private final String authorizationPage;
    private final CloseableHttpClient http;
    private final AccountClient accounts;

    private TikTokOAuth(String apiBaseUrl, String authorizationPage) {
        this.authorizationPage = Objects.requireNonNull(authorizationPage, "authorizationPage");
        this.http = HttpClients.createDefault();
        this.accounts = new AccountClient(new HttpTransport(http, new ObjectMapper(),
                Objects.requireNonNull(apiBaseUrl, "apiBaseUrl"), RetryPolicy.NONE, null, () -> null,
                new HttpTransport.Deadlines(Duration.ofSeconds(60), Duration.ZERO, null), new ReportStatistics()));
    }

    /** TikTok's own API and authorization page. */
    public static TikTokOAuth production() {
        return new TikTokOAuth(TikTokReportCatalog.PRODUCTION_URL, TikTokReportCatalog.AUTHORIZATION_URL);
    }

    /**
     * Another API base URL (a simulator, a proxy) and its authorization page.
     *
     * @param apiBaseUrl        as the endpoint's {@code baseUrl}, e.g. {@code https://sandbox-ads.tiktok.com}
     * @param authorizationPage the page an advertiser confirms on, e.g. {@code https://business-api.tiktok.com/portal/auth}
     */
    public static TikTokOAuth of(String apiBaseUrl, String authorizationPage) {
        return new TikTokOAuth(apiBaseUrl, authorizationPage);
    }

    /**
     * The page to send the advertiser to. TikTok redirects to {@code redirectUri} (registered with the app) with
     * {@code auth_code} and the given {@code state}: check the state before exchanging the code.
     */
    public String authorizationUrl(String appId, String redirectUri, String state) {
        return authorizationPage + "?app_id=" + encode(Objects.requireNonNull(appId, "appId")) + "&state="
               + encode(Objects.requireNonNull(state, "state")) + "&redirect_uri="
               + encode(Objects.requireNonNull(redirectUri, "redirectUri"));
    }

    /**
     * Exchanges the single-use auth code for a long-lived access token and the advertisers it may read.
     *
     * @throws io.github.cameltiktok.client.http.TikTokApiException when TikTok refuses the code (used, expired,
     *                                                              another app's)
     */
    public AccessTokenGrant exchangeAuthCode(String appId, String appSecret, String authCode) {
        return accounts.exchangeAuthCode(Objects.requireNonNull(appId, "appId"),
                Objects.requireNonNull(appSecret, "appSecret"), Objects.requireNonNull(authCode, "authCode"));
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
