package io.github.cameltiktok.springboot;

import java.util.Map;

import io.github.cameltiktok.TikTokReportConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code camel.component.tiktok-report.*}: every option of the tiktok-report component, with the descriptions and
 * defaults of its generated component JSON. Options left unset keep the component's defaults.
 */
@ConfigurationProperties(prefix = "camel.component.tiktok-report")
public class TikTokReportComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The options that hold secrets: masked by {@link TikTokReportSecretsSanitizer}, never logged. */
    public static final String[] SECRET_OPTIONS = { "access-token", "app-secret", "auth-code" };

    /**
     * The TikTok advertiser id, or a comma-separated list of ids: one report per advertiser. Rows carry
     * advertiser_id when several are given.
     */
    private String advertiserId;

    /**
     * TikTok's bc_id: the Business Center whose report reportType=BC reads (then no advertiserId and no dataLevel).
     */
    private String bcId;

    /**
     * How long TikTok's throttling (40100, 40133, HTTP 429) is waited out, in milliseconds: throttled requests are
     * retried, backing off up to at least a minute between tries, as long as this allows (maxRetries does not count
     * them). Each throttled answer also halves the app's request rate for a minute. 0 fails on the first throttled
     * answer.
     */
    private Long throttleRetryTimeout = 600000L;

    /**
     * Longest time one request to TikTok may take, its whole answer read, in milliseconds: an answer that trickles in
     * slower is cut off and the request retried. 0 for no deadline besides readTimeout.
     */
    private Long requestTimeout = 300000L;

    /**
     * A camel-http HttpClientConfigurer that customizes the HTTP client the component builds (interceptors,
     * credentials of a proxy, connection settings); taken from the registry when there is exactly one. Redirects stay
     * off whatever it sets.
     */
    private HttpClientConfigurer httpClientConfigurer;

    /**
     * TLS settings (trust store, key store, protocols) of the HTTP client the component builds, the Camel way.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the Camel context's global SSLContextParameters when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters = false;

    /**
     * Host of an HTTP proxy to reach TikTok through.
     */
    private String proxyHost;

    /**
     * Port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * An Apache HttpClient 5 client of your own to send every request with, instead of the one the component builds
     * (then connectTimeout, the TLS and proxy options and httpClientConfigurer do not apply). The component never
     * closes it, and never follows a redirect with it.
     */
    private CloseableHttpClient httpClient;

    /**
     * Consumer: longest time one poll may read, in milliseconds; then it ends at the next page and fails, and the
     * next poll reads again the windows it did not complete. 0 for no limit.
     */
    private Long pollTimeout = 0L;

    /**
     * Where the access token obtained by exchanging authCode is kept (e.g. a FileStateRepository), keyed by appId and
     * a hash of the code: after a restart the same code needs no new exchange, which TikTok would refuse. It holds
     * the token in clear: protect it as the token itself.
     */
    private StateRepository<String, String> tokenRepository;

    /**
     * How often a long read logs its progress at INFO (advertiser, chunk i of n, rows so far, rows/s, time left), in
     * milliseconds, and a summary when it ends; reads shorter than this log nothing. 0 turns progress lines off.
     */
    private Long progressInterval = 30000L;

    /**
     * Default options for every endpoint of this component; endpoint options override them.
     */
    private TikTokReportConfiguration configuration;

    /**
     * TikTok's data_level. Default: from the preset; required for the custom preset with BASIC, AUDIENCE and
     * CATALOG reports. RESERVATION_ levels need serviceType=RESERVATION. One of: AUCTION_AD, AUCTION_ADGROUP,
     * AUCTION_CAMPAIGN, AUCTION_ADVERTISER, RESERVATION_AD, RESERVATION_ADGROUP, RESERVATION_CAMPAIGN,
     * RESERVATION_ADVERTISER.
     */
    private String dataLevel;

    /**
     * Comma-separated dimensions (no spaces), e.g. adgroup_id,stat_time_day; sent as a JSON array. Default:
     * from the preset.
     */
    private String dimensions;

    /**
     * TikTok's enable_total_metrics: totals come in the CamelTikTokReportTotalMetrics header.
     */
    private Boolean enableTotalMetrics = false;

    /**
     * Last day (inclusive) of the report window, yyyy-MM-dd. Default: today (in the advertiser's time zone) when
     * only startDate is given.
     */
    private String endDate;

    /**
     * TikTok's filtering parameter: a JSON array of {field_name, filter_type, filter_value} objects, validated
     * as JSON at start-up and sent as written.
     */
    private String filters;

    /**
     * Days before today (producer) or before the last delivered day (consumer) that a rolling window reads
     * again, so that figures TikTok restates as attribution settles are fetched again.
     */
    private Integer lookbackDays = 7;

    /**
     * Comma-separated metrics (no spaces), e.g. spend,impressions,clicks; sent as a JSON array. Default: from
     * the preset.
     */
    private String metrics;

    /**
     * TikTok's order_field: one of the requested metrics, not an attribute metric (names, budgets, types). No
     * sorting when absent.
     */
    private String orderField;

    /**
     * TikTok's order_type, sent with orderField. Default DESC when orderField is set. One of: ASC, DESC.
     */
    private String orderType;

    /**
     * Include deleted campaigns, ad groups and ads, as Ads Manager's totals do: campaign, ad group and ad reports
     * (BASIC, AUDIENCE) add TikTok's campaign_status, adgroup_status or ad_status filter with the value
     * STATUS_ALL, unless filters names that field. False keeps TikTok's default, which leaves deleted objects out.
     * Report tasks (mode=async) take no such filter.
     */
    private Boolean includeDeleted = true;

    /**
     * Fields of the advertiser's account added to every row, comma-separated: currency, timezone (from TikTok's
     * /advertiser/info/, asked once a day).
     */
    private String advertiserFields;

    /**
     * TikTok's page_size, 1 to 1000. Every page is fetched.
     */
    private Integer pageSize = 1000;

    /**
     * TikTok's query_lifetime: lifetime totals; no dates are sent and no time dimension is allowed.
     */
    private Boolean queryLifetime = false;

    /**
     * TikTok's report_type. Default: from the preset (BASIC for custom). One of: BASIC, AUDIENCE,
     * PLAYABLE_MATERIAL, CATALOG, BC, TT_SHOP.
     */
    private String reportType;

    /**
     * Requests per second that all endpoints of this component send to TikTok for one developer app (endpoints
     * with the same appId, or the same access token), retries included. TikTok's per-app limits come in tiers
     * of 10, 20, 30 and 50 QPS (the sandbox allows 1); the default stays under the basic tier. 0 turns the
     * limit off.
     */
    private Double requestsPerSecond = 9.0;

    /**
     * Use TikTok's sandbox host (https://sandbox-ads.tiktok.com) instead of baseUrl's default.
     */
    private Boolean sandbox = false;

    /**
     * TikTok's service_type. One of: AUCTION, RESERVATION.
     */
    private String serviceType = "AUCTION";

    /**
     * First day of the report window, yyyy-MM-dd, in the advertiser's time zone. With neither startDate nor endDate
     * the window rolls: from lookbackDays days before today (the consumer: before the last day delivered) up to
     * today, today being each advertiser's own day in its account's time zone (from TikTok's /advertiser/info/). A
     * consumer given startDate alone reads from it while it has delivered nothing (a backfill), then resumes from the
     * last day delivered, never before startDate.
     */
    private String startDate;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
     * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now
     * be processed as a message and handled by the routing Error Handler. Important: This is only possible if
     * the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle
     * this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may
     * improve the Camel component to hook into the 3rd party component and make this possible for future
     * releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with
     * exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Consumer: one exchange per report row instead of one per advertiser and window. Rows leave as their page
     * arrives (with concurrency 1), so memory stays flat on any report size; they carry the advertiser and
     * window headers, and the batch index.
     */
    private Boolean splitRows = false;

    /**
     * Consumer: where the last fully delivered day of each advertiser is kept, so that polling resumes there.
     * Default: in memory; a FileStateRepository survives restarts.
     */
    private StateRepository<String, String> stateRepository;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during
     * starting and cause the route to fail being started. By deferring this startup to be lazy then the startup
     * failure can be handled during routing messages via Camel's routing error handlers. Beware that when the
     * first message is processed then creating and starting the producer may take a little time and prolong the
     * total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked
     * as autowired) by looking up in the registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Base URL of TikTok's API; /open_api/v1.3/... is appended. Point it at a simulator or a proxy.
     */
    private String baseUrl = "https://business-api.tiktok.com";

    /**
     * Date chunks one endpoint reads at the same time: with more than 1 the chunks of all its advertisers are
     * read in parallel, within requestsPerSecond; rows still arrive per advertiser in date order. Each reader
     * already keeps the next two pages of its chunk requested; more helps when many advertisers or short chunks
     * (hourly reports) make a pull latency-bound. splitRows streams page by page with concurrency 1; with more
     * it holds a date chunk per reader in memory.
     */
    private Integer concurrency = 1;

    /**
     * How the report is read. auto: TikTok's synchronous report, and a date chunk that TikTok truncates (X-Tt-Ads-
     * Throttle: over 20,000 ads) is read again completely, by an asynchronous report task or, when TikTok refuses
     * tasks to the app, split by campaign and ad group ids; sync: synchronous only, a truncated chunk fails the
     * exchange; async: one asynchronous report task per advertiser and window (create, check, download the CSV;
     * report types BASIC, AUDIENCE and CATALOG). In sync and auto, TikTok's 'query too large' (40067) reads the
     * chunk again in halves down to one day, then split by ids.
     */
    private String mode = "auto";

    /**
     * First wait, in milliseconds, before checking an asynchronous report task again; each further wait is half as
     * long again, up to a minute.
     */
    private Long asyncPollInterval = 5000L;

    /**
     * How long, in milliseconds, an asynchronous report task may take; then it is cancelled and the read fails.
     */
    private Long asyncTimeout = 1800000L;

    /**
     * Asynchronous report tasks created per second for one developer app, besides requestsPerSecond: TikTok limits
     * task creation separately and lower (1 QPS per app in its create-task doc). 0 turns this limit off.
     */
    private Double asyncTasksPerSecond = 1.0;

    /**
     * Time to open a connection to TikTok, in milliseconds.
     */
    private Long connectTimeout = 30000L;

    /**
     * Retries of a request that failed with a TikTok server error, HTTP 5xx or a broken connection (throttling is
     * waited out for throttleRetryTimeout instead). Invalid tokens and parameters are never retried.
     */
    private Integer maxRetries = 5;

    /**
     * Extra request parameters passed through unchanged, e.g. param.query_mode=REGULAR or
     * param.multi_adv_report_in_utc_time=true. Parameters that have an option of their own are rejected. This
     * is a multi-value option with prefix: param.
     */
    private Map<String, Object> parameters;

    /**
     * Time to wait for TikTok's answer (socket read), in milliseconds.
     */
    private Long readTimeout = 60000L;

    /**
     * Delay before the first retry, in milliseconds; doubled on each further retry, with jitter.
     */
    private Long retryInitialDelay = 1000L;

    /**
     * Longest delay between two retries, in milliseconds.
     */
    private Long retryMaxDelay = 300000L;

    /**
     * Split a window longer than TikTok allows for the time dimension (30 days daily, 1 day hourly, 365 days
     * without) into consecutive requests; rows stay in date order. When false, such a window fails at start-up.
     */
    private Boolean splitDateRange = true;

    /**
     * Check dimensions and metrics against the component's catalog of TikTok fields at start-up. Set false to
     * send names the catalog does not know yet (a warning is logged).
     */
    private Boolean validateFields = true;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * Secret: never logged; set it from the environment or a vault, e.g. {{env:TIKTOK_ACCESS_TOKEN}}. TikTok
     * for Business access token (sent as the Access-Token header). Best set on the component:
     * camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}.
     */
    private String accessToken;

    /**
     * Developer app id, for the OAuth exchange when no accessToken is given.
     */
    private String appId;

    /**
     * Secret: never logged; set it from the environment or a vault, e.g. {{env:TIKTOK_ACCESS_TOKEN}}. Developer
     * app secret, for the OAuth exchange when no accessToken is given.
     */
    private String appSecret;

    /**
     * Secret: never logged; set it from the environment or a vault, e.g. {{env:TIKTOK_ACCESS_TOKEN}}. One-time
     * auth_code from the TikTok For Business authorization redirect; exchanged once for a long-lived access
     * token when no accessToken is given.
     */
    private String authCode;

    public String getAdvertiserId() {
        return advertiserId;
    }

    public void setAdvertiserId(String advertiserId) {
        this.advertiserId = advertiserId;
    }

    public TikTokReportConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TikTokReportConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getDataLevel() {
        return dataLevel;
    }

    public void setDataLevel(String dataLevel) {
        this.dataLevel = dataLevel;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public Boolean getEnableTotalMetrics() {
        return enableTotalMetrics;
    }

    public void setEnableTotalMetrics(Boolean enableTotalMetrics) {
        this.enableTotalMetrics = enableTotalMetrics;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getFilters() {
        return filters;
    }

    public void setFilters(String filters) {
        this.filters = filters;
    }

    public Integer getLookbackDays() {
        return lookbackDays;
    }

    public void setLookbackDays(Integer lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    public String getMetrics() {
        return metrics;
    }

    public void setMetrics(String metrics) {
        this.metrics = metrics;
    }

    public String getOrderField() {
        return orderField;
    }

    public void setOrderField(String orderField) {
        this.orderField = orderField;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public Boolean getIncludeDeleted() {
        return includeDeleted;
    }

    public void setIncludeDeleted(Boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
    }

    public String getAdvertiserFields() {
        return advertiserFields;
    }

    public void setAdvertiserFields(String advertiserFields) {
        this.advertiserFields = advertiserFields;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Boolean getQueryLifetime() {
        return queryLifetime;
    }

    public void setQueryLifetime(Boolean queryLifetime) {
        this.queryLifetime = queryLifetime;
    }

    public String getReportType() {
        return reportType;
    }

    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public Double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public Boolean getSandbox() {
        return sandbox;
    }

    public void setSandbox(Boolean sandbox) {
        this.sandbox = sandbox;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getSplitRows() {
        return splitRows;
    }

    public void setSplitRows(Boolean splitRows) {
        this.splitRows = splitRows;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Long getAsyncPollInterval() {
        return asyncPollInterval;
    }

    public void setAsyncPollInterval(Long asyncPollInterval) {
        this.asyncPollInterval = asyncPollInterval;
    }

    public Long getAsyncTimeout() {
        return asyncTimeout;
    }

    public void setAsyncTimeout(Long asyncTimeout) {
        this.asyncTimeout = asyncTimeout;
    }

    public Double getAsyncTasksPerSecond() {
        return asyncTasksPerSecond;
    }

    public void setAsyncTasksPerSecond(Double asyncTasksPerSecond) {
        this.asyncTasksPerSecond = asyncTasksPerSecond;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(Integer concurrency) {
        this.concurrency = concurrency;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public Long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Boolean getSplitDateRange() {
        return splitDateRange;
    }

    public void setSplitDateRange(Boolean splitDateRange) {
        this.splitDateRange = splitDateRange;
    }

    public Boolean getValidateFields() {
        return validateFields;
    }

    public void setValidateFields(Boolean validateFields) {
        this.validateFields = validateFields;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public String getAuthCode() {
        return authCode;
    }

    public void setAuthCode(String authCode) {
        this.authCode = authCode;
    }

    public String getBcId() {
        return bcId;
    }

    public void setBcId(String bcId) {
        this.bcId = bcId;
    }

    public Long getThrottleRetryTimeout() {
        return throttleRetryTimeout;
    }

    public void setThrottleRetryTimeout(Long throttleRetryTimeout) {
        this.throttleRetryTimeout = throttleRetryTimeout;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
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

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
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

    public Long getPollTimeout() {
        return pollTimeout;
    }

    public void setPollTimeout(Long pollTimeout) {
        this.pollTimeout = pollTimeout;
    }

    public StateRepository<String, String> getTokenRepository() {
        return tokenRepository;
    }

    public void setTokenRepository(StateRepository<String, String> tokenRepository) {
        this.tokenRepository = tokenRepository;
    }

    public Long getProgressInterval() {
        return progressInterval;
    }

    public void setProgressInterval(Long progressInterval) {
        this.progressInterval = progressInterval;
    }
}
