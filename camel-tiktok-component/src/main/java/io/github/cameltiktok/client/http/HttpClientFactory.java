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
package io.github.cameltiktok.client.http;

import java.util.List;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Apache HttpClient 5 client that every request to TikTok goes through: pooled, with the timeouts, TLS
 * and proxy given, no automatic retries (the {@link RetryPolicy} knows TikTok's codes), no cookies, and redirects
 * never followed whatever a customizer sets (a redirect would carry the Access-Token header to another host).
 */
public final class HttpClientFactory {

    /**
     * @param connectTimeoutMillis time to open a connection
     * @param readTimeoutMillis    time to wait for an answer (socket read)
     * @param sslContext           TLS settings, or null for the JVM's
     * @param proxyHost            an HTTP proxy, or null
     * @param proxyPort            its port, or null for 8080
     */
    public record Settings(long connectTimeoutMillis, long readTimeoutMillis, SSLContext sslContext,
                           String proxyHost, Integer proxyPort) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(HttpClientFactory.class);

    private HttpClientFactory() {
    }

    /**
     * @param customizer changes the builder before the client is built (interceptors, proxy credentials), or null
     */
    public static CloseableHttpClient create(Settings settings, Consumer<HttpClientBuilder> customizer) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                .setSocketTimeout(Timeout.ofMilliseconds(settings.readTimeoutMillis()))
                .build();
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(50);
        if (settings.sslContext() != null) {
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                    .setSslContext(settings.sslContext()).buildClassic());
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.readTimeoutMillis()))
                        .build())
                // retries are the client's job: one policy, aware of TikTok's codes
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("camel-tiktok");
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyHost(),
                    settings.proxyPort() != null ? settings.proxyPort() : 8080));
        }
        if (customizer != null) {
            customizer.accept(builder);
        }
        // after any customizer: a redirect would carry the Access-Token header to another host
        return builder.disableRedirectHandling().build();
    }

    /** Loggers of Apache HttpClient that print request headers, the Access-Token among them, at DEBUG. */
    public static final List<String> HEADER_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    public static void warnOfHeaderLoggers() {
        for (String name : HEADER_LOGGERS) {
            if (LoggerFactory.getLogger(name).isDebugEnabled()) {
                LOG.warn("Logger {} is enabled at DEBUG: it prints every request header, TikTok's Access-Token"
                         + " included. Set it to INFO or above outside a debugging session", name);
            }
        }
    }
}
