package io.github.cameltiktok;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.AccessTokenGrant;
import io.github.cameltiktok.client.AccountClient;
import io.github.cameltiktok.client.HttpTransport;
import io.github.resilience4j.ratelimiter.RateLimiter;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code tiktok-report} component: TikTok for Business report rows as Camel messages. It owns the one HTTP client
 * and JSON mapper its endpoints share, and the access tokens it obtained through the OAuth exchange.
 */
@Component("tiktok-report")
public class TikTokReportComponent extends HealthCheckComponent {

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

    @Metadata(defaultValue = "9",
              description = "Requests per second that all endpoints of this component send to TikTok for one"
                            + " developer app (endpoints with the same appId, or the same access token), retries"
                            + " included. TikTok's per-app limits come in tiers of 10, 20, 30 and 50 QPS (the sandbox"
                            + " allows 1); the default stays under the basic tier. 0 turns the limit off.")
    private double requestsPerSecond = 9;

    @Metadata(defaultValue = "1",
              description = "Asynchronous report tasks created per second for one developer app, besides"
                            + " requestsPerSecond: TikTok limits task creation separately and lower (1 QPS per app in"
                            + " its create-task doc). 0 turns this limit off.")
    private double asyncTasksPerSecond = 1;

    private final ObjectMapper objectMapper = new ObjectMapper();
    /** One limiter per TikTok app: TikTok counts an app's requests together, whichever route sends them. */
    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();
    /** One task-creation limiter per TikTok app. */
    private final Map<String, RateLimiter> taskRateLimiters = new ConcurrentHashMap<>();
    /** Tokens obtained by exchanging an auth code, which TikTok accepts only once. */
    private final Map<String, String> exchangedTokens = new ConcurrentHashMap<>();
    private volatile CloseableHttpClient httpClient;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TikTokReportConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setReportName(remaining);
        endpointConfiguration.getParameters().putAll(PropertiesHelper.extractProperties(parameters, PARAMETER_PREFIX));
        TikTokReportEndpoint endpoint = new TikTokReportEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The shared HTTP client (Apache HttpClient 5, pooled), created on first use. */
    CloseableHttpClient getHttpClient() {
        CloseableHttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                client = httpClient;
                if (client == null) {
                    client = createHttpClient();
                    httpClient = client;
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
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connectionConfig)
                        .setMaxConnPerRoute(20)
                        .setMaxConnTotal(50)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(readTimeout))
                        .build())
                // retries are the client's job: one policy, aware of TikTok's codes
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("camel-tiktok")
                .build();
    }

    /**
     * The rate limiter of the app an endpoint speaks for: keyed by appId, or by the access token when no appId is
     * known (the token stays a map key; the limiter's name shows neither).
     */
    RateLimiter rateLimiter(TikTokReportConfiguration config) {
        return appLimiter(rateLimiters, "tiktok-report", config, requestsPerSecond);
    }

    /** The app's limiter of asynchronous report task creation. */
    RateLimiter taskRateLimiter(TikTokReportConfiguration config) {
        return appLimiter(taskRateLimiters, "tiktok-report-tasks", config, asyncTasksPerSecond);
    }

    private static RateLimiter appLimiter(Map<String, RateLimiter> limiters, String prefix,
                                          TikTokReportConfiguration config, double perSecond) {
        if (perSecond <= 0) {
            return null;
        }
        String key = config.getAppId() != null ? "app:" + config.getAppId() : "token:" + config.getAccessToken();
        return limiters.computeIfAbsent(key, k -> HttpTransport.rateLimiter(config.getAppId() != null
                ? prefix + "-app-" + config.getAppId() : prefix + "-token-" + (limiters.size() + 1), perSecond));
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
            AccessTokenGrant grant = accounts.exchangeAuthCode(config.getAppId(), config.getAppSecret(),
                    config.getAuthCode());
            LOG.info("Exchanged the auth code of app {} for an access token; authorized advertisers: {}",
                    config.getAppId(), grant.advertiserIds());
            return grant.accessToken();
        });
    }

    @Override
    protected void doStop() throws Exception {
        rateLimiters.clear();
        taskRateLimiters.clear();
        CloseableHttpClient client = httpClient;
        httpClient = null;
        if (client != null) {
            client.close(CloseMode.GRACEFUL);
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

    /** Requests per second to TikTok for one developer app, across all endpoints of this component; 0 for no limit. */
    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public double getAsyncTasksPerSecond() {
        return asyncTasksPerSecond;
    }

    /** Asynchronous report tasks created per second for one developer app; 0 for no limit of its own. */
    public void setAsyncTasksPerSecond(double asyncTasksPerSecond) {
        this.asyncTasksPerSecond = asyncTasksPerSecond;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    /** Time to wait for TikTok's answer, in milliseconds. */
    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

}
