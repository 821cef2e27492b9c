package io.github.cameltiktok;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.account.AuthCodeExchange;
import io.github.cameltiktok.client.account.TokenProvider;
import io.github.cameltiktok.client.account.TokenStore;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.AppLimits;
import io.github.cameltiktok.client.http.AppRateLimiter;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.TaskBudget;
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
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The {@code tiktok-report} component: TikTok for Business report rows as Camel messages. It owns the one HTTP client
 * and JSON mapper its endpoints share, and the access tokens it obtained through the OAuth exchange.
 */
@Component("tiktok-report")
public class TikTokReportComponent extends HealthCheckComponent implements SSLContextParametersAware {

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

    @Metadata(defaultValue = "1",
              description = "Requests per second to TikTok's sandbox (endpoints with sandbox=true), which allows 1"
                            + " QPS: a limit of its own, under requestsPerSecond. 0 for requestsPerSecond alone.")
    private double sandboxRequestsPerSecond = 1;

    @Metadata(defaultValue = "8",
              description = "GMV Max report requests per second for one developer app, besides requestsPerSecond:"
                            + " TikTok lists /gmv_max/report/get/ with a lower limit than the integrated report at"
                            + " the basic tier (8 QPS). 0 turns this limit off.")
    private double gmvMaxRequestsPerSecond = 8;

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final AppLimits appLimits = new AppLimits();
    /** One provider per app and auth code: TikTok accepts each code only once. */
    private final Map<String, TokenProvider> tokenProviders = new ConcurrentHashMap<>();
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
        // what the URI itself sets (not the component's defaults): options of the other kind of endpoint are refused
        endpoint.setOptionsGiven(parameters.keySet());
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
        if (tokenRepository != null) {
            ServiceHelper.startService(tokenRepository);
        }
        deadlineScheduler = getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "TikTokReportDeadlines");
        HttpClientFactory.warnOfHeaderLoggers();
    }

    /** The limiter of every request of the endpoint's app; null for none (requestsPerSecond 0). */
    AppRateLimiter rateLimiter(TikTokReportConfiguration config) {
        if (config.isSandbox() && sandboxRequestsPerSecond > 0) {
            // TikTok's sandbox allows 1 QPS: a limiter of its own, whatever the production rate
            double rate = requestsPerSecond > 0 ? Math.min(requestsPerSecond, sandboxRequestsPerSecond)
                    : sandboxRequestsPerSecond;
            return appLimits.own(app(config) + "@sandbox", rate);
        }
        return appLimits.requests(app(config), requestsPerSecond);
    }

    /** The app's budget of report tasks: TikTok's 500 per advertiser-hour and 4,500 per app-day. */
    TaskBudget taskBudget(TikTokReportConfiguration config) {
        return appLimits.taskBudget(app(config), TikTokReportCatalog.TASKS_PER_ADVERTISER_HOUR,
                TikTokReportCatalog.TASKS_PER_APP_DAY);
    }

    /** Limiters of the endpoints whose documented limit is lower than the app's, by path. */
    Map<String, AppRateLimiter> pathLimiters(TikTokReportConfiguration config) {
        AppRateLimiter gmvMax = appLimits.own(app(config) + "@" + GmvMaxCatalog.REPORT_PATH, gmvMaxRequestsPerSecond);
        return gmvMax == null ? Map.of() : Map.of(GmvMaxCatalog.REPORT_PATH, gmvMax);
    }

    /** The app's limiter of asynchronous report task creation; null for none. */
    AppRateLimiter taskRateLimiter(TikTokReportConfiguration config) {
        return appLimits.tasks(app(config), asyncTasksPerSecond);
    }

    /** What names the app an endpoint speaks for: its appId, or its token (a map key, never shown). */
    private static String app(TikTokReportConfiguration config) {
        return config.getAppId() != null ? "app:" + config.getAppId() : "token:" + config.getAccessToken();
    }

    ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    /**
     * The token provider of an endpoint's app: its own token, or the one exchange of the configured auth code that
     * all endpoints of the app share (TikTok accepts each code once).
     *
     * @param oauth the transport that sends the exchange, asked for only when one is needed
     */
    TokenProvider tokenProvider(TikTokReportConfiguration config, Supplier<HttpTransport> oauth) {
        if (config.getAccessToken() != null) {
            return TokenProvider.of(config.getAccessToken());
        }
        return tokenProviders.computeIfAbsent(config.getAppId() + '\n' + config.getAuthCode(),
                k -> new AuthCodeExchange(config.getAppId(), config.getAppSecret(), config.getAuthCode(),
                        tokenRepository == null ? TokenStore.NONE : new StateRepositoryTokenStore(tokenRepository),
                        new AccountClient(oauth.get())));
    }

    /**
     * The component's own options, checked when an endpoint starts (they apply to all of them).
     *
     * @param errors where each bad option is told, with its property name
     */
    void checkOptions(List<String> errors) {
        positiveRate(errors, "requestsPerSecond", requestsPerSecond);
        positiveRate(errors, "asyncTasksPerSecond", asyncTasksPerSecond);
        positiveRate(errors, "sandboxRequestsPerSecond", sandboxRequestsPerSecond);
        positiveRate(errors, "gmvMaxRequestsPerSecond", gmvMaxRequestsPerSecond);
        atLeast(errors, "connectTimeout", connectTimeout, 1);
        atLeast(errors, "readTimeout", readTimeout, 1);
        atLeast(errors, "requestTimeout", requestTimeout, 0);
        if (proxyPort != null && (proxyPort < 1 || proxyPort > 65535)) {
            errors.add("Invalid value '" + proxyPort + "' for option proxyPort"
                       + " (camel.component.tiktok-report.proxy-port). Allowed values: 1 to 65535");
        }
    }

    private static String property(String option) {
        return "camel.component.tiktok-report." + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static void atLeast(List<String> errors, String option, long value, long min) {
        if (value < min) {
            errors.add("Invalid value '" + value + "' for option " + option + " (" + property(option)
                       + "). Allowed values: " + min + " or more (milliseconds)");
        }
    }

    private static void positiveRate(List<String> errors, String option, double value) {
        if (value < 0 || Double.isNaN(value)) {
            errors.add("Invalid value '" + value + "' for option " + option + " (" + property(option) + ")."
                       + " Allowed values: a positive number of requests per second, or 0 for no limit");
        }
    }

    @Override
    protected void doStop() throws Exception {
        appLimits.clear();
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

    public void setConfiguration(TikTokReportConfiguration configuration) {
        this.configuration = configuration;
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

    public StateRepository<String, String> getTokenRepository() {
        return tokenRepository;
    }

    public void setTokenRepository(StateRepository<String, String> tokenRepository) {
        this.tokenRepository = tokenRepository;
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

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    /** A new positive rate applies at once to the endpoints that run (a worker's share of the app's rate). */
    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        appLimits.setRequestRate(requestsPerSecond);
    }

    public double getAsyncTasksPerSecond() {
        return asyncTasksPerSecond;
    }

    public void setAsyncTasksPerSecond(double asyncTasksPerSecond) {
        this.asyncTasksPerSecond = asyncTasksPerSecond;
    }

    public double getSandboxRequestsPerSecond() {
        return sandboxRequestsPerSecond;
    }

    public void setSandboxRequestsPerSecond(double sandboxRequestsPerSecond) {
        this.sandboxRequestsPerSecond = sandboxRequestsPerSecond;
    }

    public double getGmvMaxRequestsPerSecond() {
        return gmvMaxRequestsPerSecond;
    }

    public void setGmvMaxRequestsPerSecond(double gmvMaxRequestsPerSecond) {
        this.gmvMaxRequestsPerSecond = gmvMaxRequestsPerSecond;
    }
}
