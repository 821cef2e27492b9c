package io.github.cameltiktok;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.account.AccessTokenGrant;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.http.AppRateLimiter;
import io.github.cameltiktok.client.http.HttpTransport;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code tiktok-report} component: TikTok for Business report rows as Camel messages. It owns the one HTTP client
 * and JSON mapper its endpoints share, and the access tokens it obtained through the OAuth exchange.
 */
@Component("tiktok-report")
public class TikTokReportComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(TikTokReportComponent.class);
    private static final String PARAMETER_PREFIX = "param.";

    static {
        // Camel masks well-known secret names (accessToken, appSecret) in the URIs it logs; authCode is ours to add
        URISupport.addSanitizeKeywords("authCode");
    }

    @Metadata(description = "Default options for every endpoint of this component; endpoint options override them.")
    private TikTokReportConfiguration configuration = new TikTokReportConfiguration();

    @Metadata(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Time to open a connection to TikTok, in milliseconds.")
    private long connectTimeout = 30_000;

    @Metadata(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Time to wait for TikTok's answer (socket read), in milliseconds.")
    private long readTimeout = 60_000;

    @Metadata(label = "security",
              description = "Where the access token obtained by exchanging authCode is kept (e.g. a"
                            + " FileStateRepository), keyed by appId and a hash of the code: after a restart the same"
                            + " code needs no new exchange, which TikTok would refuse. It holds the token in clear:"
                            + " protect it as the token itself.")
    private StateRepository<String, String> tokenRepository;

    @Metadata(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Longest time one request to TikTok may take, its whole answer read, in milliseconds:"
                            + " an answer that trickles in slower is cut off and the request retried. 0 for no"
                            + " deadline besides readTimeout.")
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

    @Metadata(defaultValue = "9",
              description = "Requests per second that all endpoints of this component send to TikTok for one"
                            + " developer app (endpoints with the same appId, or the same access token), retries"
                            + " included. TikTok's per-app limits come in tiers of 10, 20, 30 and 50 QPS (the sandbox"
                            + " allows 1); the default stays under the basic tier. 0 turns the limit off. A new"
                            + " positive rate set while endpoints run applies to them at once (a worker's share of the"
                            + " app's rate, see Scaling out).")
    private double requestsPerSecond = 9;

    @Metadata(defaultValue = "1",
              description = "Asynchronous report tasks created per second for one developer app, besides"
                            + " requestsPerSecond: TikTok limits task creation separately and lower (1 QPS per app in"
                            + " its create-task doc). 0 turns this limit off.")
    private double asyncTasksPerSecond = 1;

    private final ObjectMapper objectMapper = new ObjectMapper();
    /** One limiter per TikTok app: TikTok counts an app's requests together, whichever route sends them. */
    private final Map<String, AppRateLimiter> rateLimiters = new ConcurrentHashMap<>();
    /** One task-creation limiter per TikTok app. */
    private final Map<String, AppRateLimiter> taskRateLimiters = new ConcurrentHashMap<>();
    /** Tokens obtained by exchanging an auth code, which TikTok accepts only once. */
    private final Map<String, String> exchangedTokens = new ConcurrentHashMap<>();
    /** The client the component built (and so closes), or null. */
    private volatile CloseableHttpClient builtHttpClient;
    /** Runs the requests' deadlines. */
    private ScheduledExecutorService deadlineScheduler;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TikTokReportConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setReportName(remaining);
        endpointConfiguration.getParameters().putAll(PropertiesHelper.extractProperties(parameters, PARAMETER_PREFIX));
        TikTokReportEndpoint endpoint = new TikTokReportEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

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
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout))
                .setSocketTimeout(Timeout.ofMilliseconds(readTimeout))
                .build();
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(50);
        SSLContextParameters tls = sslContextParameters != null ? sslContextParameters
                : useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null;
        if (tls != null) {
            try {
                connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(tls.createSSLContext(getCamelContext())).buildClassic());
            } catch (Exception e) {
                throw new IllegalArgumentException("Invalid sslContextParameters: " + e.getMessage(), e);
            }
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(readTimeout))
                        .build())
                // retries are the client's job: one policy, aware of TikTok's codes
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("camel-tiktok");
        if (proxyHost != null) {
            builder.setProxy(new HttpHost(proxyHost, proxyPort != null ? proxyPort : 8080));
        }
        if (httpClientConfigurer != null) {
            httpClientConfigurer.configureHttpClient(builder);
        }
        // after any configurer: a redirect would carry the Access-Token header to another host
        return builder.disableRedirectHandling().build();
    }

    /** How long requests may take, for the transports of the endpoints. */
    HttpTransport.Deadlines deadlines() {
        return new HttpTransport.Deadlines(Duration.ofMillis(readTimeout), Duration.ofMillis(requestTimeout),
                deadlineScheduler);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (tokenRepository != null) {
            ServiceHelper.startService(tokenRepository);
        }
        deadlineScheduler = getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "TikTokReportDeadlines");
        warnOfHeaderLoggers();
    }

    /** Loggers of Apache HttpClient that print request headers, the Access-Token among them, at DEBUG. */
    static final List<String> HEADER_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    private static void warnOfHeaderLoggers() {
        for (String name : HEADER_LOGGERS) {
            if (LoggerFactory.getLogger(name).isDebugEnabled()) {
                LOG.warn("Logger {} is enabled at DEBUG: it prints every request header, TikTok's Access-Token"
                         + " included. Set it to INFO or above outside a debugging session", name);
            }
        }
    }

    /**
     * The rate limiter of the app an endpoint speaks for: keyed by appId, or by the access token when no appId is
     * known (the token stays a map key; the limiter's name shows neither).
     */
    AppRateLimiter rateLimiter(TikTokReportConfiguration config) {
        return appLimiter(rateLimiters, config, requestsPerSecond);
    }

    /** The app's limiter of asynchronous report task creation. */
    AppRateLimiter taskRateLimiter(TikTokReportConfiguration config) {
        return appLimiter(taskRateLimiters, config, asyncTasksPerSecond);
    }

    private static AppRateLimiter appLimiter(Map<String, AppRateLimiter> limiters, TikTokReportConfiguration config,
                                             double perSecond) {
        if (perSecond <= 0) {
            return null;
        }
        String key = config.getAppId() != null ? "app:" + config.getAppId() : "token:" + config.getAccessToken();
        return limiters.computeIfAbsent(key, k -> AppRateLimiter.of(perSecond));
    }

    ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    /**
     * The access token of an endpoint: its own, or one obtained once by exchanging the configured auth code.
     */
    String accessToken(TikTokReportConfiguration config, AccountClient accounts) {
        if (config.getAccessToken() != null) {
            return config.getAccessToken();
        }
        String key = config.getAppId() + '\n' + config.getAuthCode();
        return exchangedTokens.computeIfAbsent(key, k -> {
            // the code itself is never stored: its hash names the token it was exchanged for
            String stateKey = "tiktok-report-token:" + config.getAppId() + ":" + sha256(config.getAuthCode());
            String kept = tokenRepository == null ? null : tokenRepository.getState(stateKey);
            if (kept != null && !kept.isBlank()) {
                LOG.info("Using the access token of app {} kept in tokenRepository from an earlier exchange of its"
                         + " auth code", config.getAppId());
                return kept;
            }
            AccessTokenGrant grant = accounts.exchangeAuthCode(config.getAppId(), config.getAppSecret(),
                    config.getAuthCode());
            LOG.info("Exchanged the auth code of app {} for an access token; authorized advertisers: {}",
                    config.getAppId(), grant.advertiserIds());
            if (tokenRepository != null) {
                tokenRepository.setState(stateKey, grant.accessToken());
            }
            return grant.accessToken();
        });
    }

    @Override
    protected void doStop() throws Exception {
        rateLimiters.clear();
        taskRateLimiters.clear();
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

    public TikTokReportConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options for every endpoint of this component. */
    public void setConfiguration(TikTokReportConfiguration configuration) {
        this.configuration = configuration;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** Time to open a connection to TikTok, in milliseconds. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    /**
     * Requests per second to TikTok for one developer app, across all endpoints of this component; 0 for no limit.
     * A positive rate set while endpoints run applies to them at once (a worker's share of the app's rate after its
     * consumer group changed, say).
     */
    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        if (requestsPerSecond > 0) {
            rateLimiters.values().forEach(limiter -> limiter.setRate(requestsPerSecond));
        }
    }

    public double getAsyncTasksPerSecond() {
        return asyncTasksPerSecond;
    }

    /** Asynchronous report tasks created per second for one developer app; 0 for no limit of its own. */
    public void setAsyncTasksPerSecond(double asyncTasksPerSecond) {
        this.asyncTasksPerSecond = asyncTasksPerSecond;
    }

    public StateRepository<String, String> getTokenRepository() {
        return tokenRepository;
    }

    /** Keeps the token obtained from an auth code across restarts. */
    public void setTokenRepository(StateRepository<String, String> tokenRepository) {
        this.tokenRepository = tokenRepository;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /** Longest time one request may take as a whole, in milliseconds; 0 for none. */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /** Customizes the HTTP client the component builds. */
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings of the HTTP client the component builds. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the Camel context's global SSLContextParameters when none are set. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** Host of an HTTP proxy to reach TikTok through. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** Port of the HTTP proxy. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    /** An HTTP client of your own for every request; the component never closes it. */
    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    /** Time to wait for TikTok's answer, in milliseconds. */
    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

}
