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

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLContext;

import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The HTTP side of the {@code tiktok-report} component: the options of the one client its endpoints share
 * (timeouts, TLS, proxy, a customizer, or a client of the user's), the client built from them, and the scheduler
 * of request deadlines. Kept apart from the TikTok options, as camel-http keeps its shared options in
 * {@code HttpCommonComponent}.
 */
public abstract class TikTokHttpComponentSupport extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Time to open a connection to TikTok, in milliseconds.")
    private long connectTimeout = 30_000;

    @Metadata(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Time to wait for TikTok's answer (socket read), in milliseconds.")
    private long readTimeout = 60_000;

    @Metadata(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Longest time one request to TikTok may take, its whole answer read, in milliseconds:"
                            + " an answer that trickles in slower is cut off and the request retried. 0 for no"
                            + " deadline besides readTimeout. The file of a report task, read while the route"
                            + " handles its rows, is bounded by the endpoint's asyncTimeout instead.")
    private long requestTimeout = 300_000;

    @Metadata(label = "advanced", autowired = true,
              description = "A camel-http HttpClientConfigurer that customizes the HTTP client the component builds"
                            + " (interceptors, credentials of a proxy, connection settings); taken from the registry"
                            + " when there is exactly one. Redirects stay off whatever it sets.")
    private HttpClientConfigurer httpClientConfigurer;

    @Metadata(label = "security",
              description = "TLS settings (trust store, key store, protocols) of the HTTP client the component"
                            + " builds, the Camel way.")
    private SSLContextParameters sslContextParameters;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the Camel context's global SSLContextParameters when sslContextParameters is not"
                            + " set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "proxy", description = "Host of an HTTP proxy to reach TikTok through.")
    private String proxyHost;

    @Metadata(label = "proxy", description = "Port of the HTTP proxy.")
    private Integer proxyPort;

    @Metadata(label = "advanced",
              description = "An Apache HttpClient 5 client of your own to send every request with, instead of the"
                            + " one the component builds (then connectTimeout, the TLS and proxy options and"
                            + " httpClientConfigurer do not apply). The component never closes it, and never follows"
                            + " a redirect with it.")
    private CloseableHttpClient httpClient;

    /** The client the component built (and so closes), or null. */
    private volatile CloseableHttpClient builtHttpClient;
    /** Runs the requests' deadlines. */
    private ScheduledExecutorService deadlineScheduler;

    /** The HTTP client of every endpoint: the user's own, or the one the component built on first use. */
    CloseableHttpClient httpClient() {
        if (httpClient != null) {
            return httpClient;
        }
        CloseableHttpClient client = builtHttpClient;
        if (client == null) {
            synchronized (this) {
                client = builtHttpClient;
                if (client == null) {
                    client = createHttpClient();
                    builtHttpClient = client;
                }
            }
        }
        return client;
    }

    private CloseableHttpClient createHttpClient() {
        SSLContextParameters tls = sslContextParameters != null ? sslContextParameters
                : useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null;
        SSLContext sslContext;
        try {
            sslContext = tls == null ? null : tls.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid sslContextParameters: " + e.getMessage(), e);
        }
        return HttpClientFactory.create(new HttpClientFactory.Settings(connectTimeout, readTimeout, sslContext,
                proxyHost, proxyPort), httpClientConfigurer == null ? null : httpClientConfigurer::configureHttpClient);
    }

    /** How long requests may take, for the transports of the endpoints. */
    HttpTransport.Deadlines deadlines() {
        return new HttpTransport.Deadlines(Duration.ofMillis(readTimeout), Duration.ofMillis(requestTimeout),
                deadlineScheduler);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        deadlineScheduler = getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "TikTokReportDeadlines");
        HttpClientFactory.warnOfHeaderLoggers();
    }

    /**
     * The HTTP options, checked when an endpoint starts (they apply to all of them).
     *
     * @param errors where each bad option is told, with its property name
     */
    protected void checkHttpOptions(List<String> errors) {
        atLeast(errors, "connectTimeout", connectTimeout, 1);
        atLeast(errors, "readTimeout", readTimeout, 1);
        atLeast(errors, "requestTimeout", requestTimeout, 0);
        if (proxyPort != null && (proxyPort < 1 || proxyPort > 65535)) {
            errors.add("Invalid value '" + proxyPort + "' for option proxyPort (" + property("proxyPort")
                       + "). Allowed values: 1 to 65535");
        }
    }

    /** The Spring Boot / Camel Main property of a component option, e.g. camel.component.tiktok-report.proxy-port. */
    protected static String property(String option) {
        return "camel.component.tiktok-report." + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static void atLeast(List<String> errors, String option, long value, long min) {
        if (value < min) {
            errors.add("Invalid value '" + value + "' for option " + option + " (" + property(option)
                       + "). Allowed values: " + min + " or more (milliseconds)");
        }
    }

    @Override
    protected void doStop() throws Exception {
        // only the client the component built: a client of the user's is theirs to close
        CloseableHttpClient client = builtHttpClient;
        builtHttpClient = null;
        if (client != null) {
            client.close(CloseMode.GRACEFUL);
        }
        if (deadlineScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(deadlineScheduler);
            deadlineScheduler = null;
        }
        super.doStop();
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }
}
