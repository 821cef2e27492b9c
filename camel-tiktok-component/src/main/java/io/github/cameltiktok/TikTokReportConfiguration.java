package io.github.cameltiktok;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of a {@code tiktok-report} endpoint; the component holds one as defaults that each endpoint copies.
 * Options map one to one onto TikTok's report request parameters.
 */
@UriParams
public class TikTokReportConfiguration implements Cloneable {

    @UriPath(description = "The report preset: adgroup-summary, campaign-summary, ad-summary, advertiser-summary and"
                           + " audience set report type, data level, dimensions and metrics; gmv-max-product,"
                           + " gmv-max-live and gmv-max-account read TikTok Shop GMV Max reports (reportType=GMV_MAX);"
                           + " custom sets none of them. Options given explicitly override the preset. campaigns,"
                           + " adgroups, ads and advertisers read entity tables instead of a report (TikTok's"
                           + " /campaign/get/, /adgroup/get/, /ad/get/, /advertiser/info/).",
             enums = "adgroup-summary,campaign-summary,ad-summary,advertiser-summary,audience,gmv-max-product,"
                     + "gmv-max-live,gmv-max-account,custom,campaigns,adgroups,ads,advertisers")
    @Metadata(required = true)
    private String reportName;

    @UriParam(description = "The TikTok advertiser id, or a comma-separated list of ids: one report per advertiser."
                            + " Rows carry advertiser_id when several are given.")
    @Metadata(required = true)
    private String advertiserId;

    @UriParam(description = "TikTok's bc_id: the Business Center whose report reportType=BC reads (then no"
                            + " advertiserId and no dataLevel).")
    private String bcId;

    @UriParam(description = "TikTok's report_type. Default: from the preset (BASIC for custom). GMV_MAX reads"
                            + " TikTok's GMV Max report (/gmv_max/report/get/) instead of the integrated one.",
              enums = "BASIC,AUDIENCE,PLAYABLE_MATERIAL,CATALOG,BC,TT_SHOP,GMV_MAX")
    private String reportType;

    @UriParam(description = "GMV Max reports: the TikTok Shop store id, or a comma-separated list, one report per"
                            + " store (TikTok's store_ids takes exactly one). Default: every store that TikTok's"
                            + " /gmv_max/store/list/ lists for the advertiser with is_gmv_max_available=true. Rows carry"
                            + " store_id.")
    private String storeId;

    @UriParam(description = "TikTok's data_level. Default: from the preset; required for the custom preset with"
                            + " BASIC, AUDIENCE and CATALOG reports. RESERVATION_* levels need serviceType=RESERVATION.",
              enums = "AUCTION_AD,AUCTION_ADGROUP,AUCTION_CAMPAIGN,AUCTION_ADVERTISER,RESERVATION_AD,RESERVATION_ADGROUP,"
                      + "RESERVATION_CAMPAIGN,RESERVATION_ADVERTISER")
    private String dataLevel;

    @UriParam(description = "TikTok's service_type.", defaultValue = "AUCTION", enums = "AUCTION,RESERVATION")
    private String serviceType = "AUCTION";

    @UriParam(description = "Comma-separated dimensions (no spaces), e.g. adgroup_id,stat_time_day; sent as a JSON"
                            + " array. Default: from the preset.")
    private String dimensions;

    @UriParam(description = "Comma-separated metrics (no spaces), e.g. spend,impressions,clicks; sent as a JSON"
                            + " array. Default: from the preset.")
    private String metrics;

    @UriParam(description = "TikTok's filtering parameter: a JSON array of {field_name, filter_type, filter_value}"
                            + " objects, validated as JSON at start-up and sent as written. GMV Max reports take"
                            + " TikTok's filtering object instead, e.g. {\"campaign_ids\":[\"123\"]}; the preset's"
                            + " promotion type is added unless it names gmv_max_promotion_types. Entity tables"
                            + " (campaigns, adgroups, ads) take TikTok's filtering object of their read, e.g."
                            + " {\"campaign_ids\":[\"123\"]}, its keys and values checked at start-up.")
    private String filters;

    @UriParam(label = "entity",
              description = "Entity tables: TikTok's fields of each object, comma-separated (no spaces). Default:"
                            + " the fields a BI table needs (ids, name, parent ids, statuses, objective and"
                            + " optimization, budget and budget mode, bid, create and modify time; see"
                            + " docs/entities.md).")
    private String fields;

    @UriParam(description = "TikTok's order_field: one of the requested metrics, not an attribute metric (names,"
                            + " budgets, types). No sorting when absent. GMV Max reports send it as sort_field.")
    private String orderField;

    @UriParam(description = "TikTok's order_type (sort_type for GMV Max), sent with orderField. Default DESC when"
                            + " orderField is set.",
              enums = "ASC,DESC")
    private String orderType;

    @UriParam(description = "First day of the report window, yyyy-MM-dd, in the advertiser's time zone. With neither"
                            + " startDate nor endDate the window rolls: the last lookbackDays days up to today (the"
                            + " consumer: up to the last day delivered, then on to today), today being each"
                            + " advertiser's own day in its account's time zone (from TikTok's /advertiser/info/). A"
                            + " consumer given startDate alone reads from it while it has delivered nothing (a"
                            + " backfill), then resumes as above, never before startDate.")
    private String startDate;

    @UriParam(description = "Last day (inclusive) of the report window, yyyy-MM-dd. Default: today (in the"
                            + " advertiser's time zone) when only startDate is given.")
    private String endDate;

    @UriParam(description = "How many days a rolling window (no startDate and endDate) reads, the last one"
                            + " included, so that figures TikTok restates as attribution settles are fetched again."
                            + " Producer: the lookbackDays days up to today (7: today and the 6 days before). Consumer,"
                            + " first poll: the same; each later poll: the lookbackDays days up to the last day"
                            + " delivered, then every day after it up to today. 1 to 365.",
              defaultValue = "7")
    private int lookbackDays = 7;

    @UriParam(description = "TikTok's query_lifetime: lifetime totals; no dates are sent and no time dimension is"
                            + " allowed.",
              defaultValue = "false")
    private boolean queryLifetime;

    @UriParam(description = "TikTok's enable_total_metrics: totals come in the CamelTikTokReportTotalMetrics header.",
              defaultValue = "false")
    private boolean enableTotalMetrics;

    @UriParam(defaultValue = "true",
              description = "Include deleted campaigns, ad groups and ads, as Ads Manager's totals do: campaign, ad"
                            + " group and ad reports (BASIC, AUDIENCE) add TikTok's campaign_status, adgroup_status or"
                            + " ad_status filter with the value STATUS_ALL, unless filters names that field. False"
                            + " keeps TikTok's default, which leaves deleted objects out. Report tasks (mode=async)"
                            + " take no such filter. Entity tables (campaigns, adgroups, ads) list deleted objects"
                            + " too, with their status, unless filters names primary_status or secondary_status.")
    private boolean includeDeleted = true;

    @UriParam(defaultValue = "warn", enums = "off,warn,fail",
              description = "Compare each delivered window of a campaign, ad group or ad report (BASIC, deleted"
                            + " objects included, no narrowing filter) with TikTok's own advertiser-level total of the"
                            + " same days, per day, for the additive metrics requested (one request per advertiser"
                            + " and window): warn logs a mismatch and sets the headers CamelTikTokReportReconciled"
                            + " and CamelTikTokReportReconciliation; fail also fails the window when a closed day"
                            + " differs (the consumer reads it again); off sends no check.")
    private String reconcile = "warn";

    @UriParam(enums = "currency,timezone",
              description = "Fields of the advertiser's account added to every row, comma-separated: currency,"
                            + " timezone (from TikTok's /advertiser/info/, asked once a day).")
    private String advertiserFields;

    @UriParam(description = "TikTok's page_size, 1 to 1000, of reports and entity tables. Every page is fetched.",
              defaultValue = "1000")
    private int pageSize = TikTokReportCatalog.MAX_PAGE_SIZE;

    @UriParam(label = "advanced", prefix = "param.", multiValue = true,
              description = "Extra request parameters passed through unchanged, e.g. param.query_mode=REGULAR or"
                            + " param.multi_adv_report_in_utc_time=true. Parameters that have an option of their own"
                            + " are rejected.")
    private Map<String, Object> parameters = new LinkedHashMap<>();

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Check dimensions and metrics against the component's catalog of TikTok fields at start-up."
                            + " Set false to send names the catalog does not know yet (a warning is logged).")
    private boolean validateFields = true;

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Split a window longer than TikTok allows for the time dimension (30 days daily, 1 day"
                            + " hourly, 365 days without) into consecutive requests; rows stay in date order. When"
                            + " false, such a window fails at start-up.")
    private boolean splitDateRange = true;

    @UriParam(label = "security", secret = true,
              description = "TikTok for Business access token (sent as the Access-Token header). Best set on the"
                            + " component: camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}.")
    private String accessToken;

    @UriParam(label = "security",
              description = "Developer app id, for the OAuth exchange when no accessToken is given.")
    private String appId;

    @UriParam(label = "security", secret = true,
              description = "Developer app secret, for the OAuth exchange when no accessToken is given.")
    private String appSecret;

    @UriParam(label = "security", secret = true,
              description = "One-time auth_code from the TikTok For Business authorization redirect; exchanged once"
                            + " for a long-lived access token when no accessToken is given.")
    private String authCode;

    @UriParam(label = "advanced", defaultValue = TikTokReportCatalog.PRODUCTION_URL,
              description = "Base URL of TikTok's API; /open_api/v1.3/... is appended. Point it at a simulator or a"
                            + " proxy.")
    private String baseUrl = TikTokReportCatalog.PRODUCTION_URL;

    @UriParam(defaultValue = "false",
              description = "Use TikTok's sandbox host (" + TikTokReportCatalog.SANDBOX_URL + ") instead of baseUrl's"
                            + " default.")
    private boolean sandbox;

    @UriParam(label = "advanced", defaultValue = "5",
              description = "Retries of a request that failed with a TikTok server error, HTTP 5xx or a broken"
                            + " connection (throttling is waited out for throttleRetryTimeout instead). Invalid tokens"
                            + " and parameters are never retried.")
    private int maxRetries = 5;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first retry, in milliseconds; doubled on each further retry, with"
                            + " jitter.")
    private long retryInitialDelay = 1000;

    @UriParam(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Longest delay between two retries, in milliseconds.")
    private long retryMaxDelay = 300_000;

    @UriParam(label = "advanced", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long TikTok's throttling (40100, 40133, HTTP 429) is waited out, in milliseconds:"
                            + " throttled requests are retried, backing off up to at least a minute between tries, as"
                            + " long as this allows (maxRetries does not count them). Each throttled answer also"
                            + " halves the app's request rate for a minute. 0 fails on the first throttled answer.")
    private long throttleRetryTimeout = 600_000;

    @UriParam(label = "advanced", defaultValue = "0",
              description = "Date chunks one endpoint reads at the same time. 0 (the default): as many as keep"
                            + " requestsPerSecond busy given TikTok's recent answer time (rate x latency + 1, up to"
                            + " 16), so a pull of many advertisers or short chunks reaches the rate bound untuned."
                            + " A number pins it (1: one chunk after the other). The chunks of all advertisers are"
                            + " read in parallel, within requestsPerSecond; rows still arrive per advertiser in date"
                            + " order. Each reader keeps the next two pages of its chunk requested. splitRows streams"
                            + " page by page with concurrency 0 or 1; with more it holds a date chunk per reader in"
                            + " memory.")
    private int concurrency;

    @UriParam(label = "advanced", defaultValue = "1",
              description = "Most advertisers (1 to 5) whose report TikTok reads in one request (advertiser_ids):"
                            + " BASIC and AUDIENCE reports, read sync or auto, of advertisers whose window (the same"
                            + " days in their own time zones) is one request, without enableTotalMetrics or"
                            + " orderField. Each advertiser's rows are handed on as its own, the same rows as"
                            + " unbatched reads (exchanges, headers, state and reconciliation stay per advertiser;"
                            + " advertisers of one batch arrive one after the other). A batch that TikTok refuses"
                            + " (e.g. advertisers of another TikTok for Business user), truncates, or answers with"
                            + " '-' or undecimalled money is read again one advertiser at a time. Default 1 (no"
                            + " batching) until TikTok's behaviour is confirmed against the live API.")
    private int advertiserBatchSize = 1;

    @UriParam(defaultValue = "auto", enums = "auto,sync,async",
              description = "How the report is read. auto: TikTok's synchronous report, and a date chunk that TikTok"
                            + " truncates (X-Tt-Ads-Throttle: over 20,000 ads) is read again completely, by an"
                            + " asynchronous report task or, when TikTok refuses tasks to the app, split by campaign"
                            + " and ad group ids; sync: synchronous only, a truncated chunk fails the exchange; async:"
                            + " one asynchronous report task per advertiser and window (create, check, download the"
                            + " CSV; report types BASIC, AUDIENCE and CATALOG). In sync and auto, TikTok's 'query too"
                            + " large' (40067) reads the chunk again in halves down to one day, then split by ids.")
    private String mode = "auto";
    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "First wait, in milliseconds, before checking an asynchronous report task again; each"
                            + " further wait is half as long again, up to a minute.")
    private long asyncPollInterval = 5000;
    @UriParam(label = "advanced", defaultValue = "1800000", javaType = "java.time.Duration",
              description = "How long, in milliseconds, an asynchronous report task may take; then it is cancelled"
                            + " and the read fails.")
    private long asyncTimeout = 1_800_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How often a long read logs its progress at INFO (advertiser, chunk i of n, rows so far,"
                            + " rows/s, time left), in milliseconds, and a summary when it ends; reads shorter than this"
                            + " log nothing. 0 turns progress lines off.")
    private long progressInterval = 30_000;
    @UriParam(label = "consumer", defaultValue = "0", javaType = "java.time.Duration",
              description = "Consumer: longest time one poll may read, in milliseconds; then it ends at the next page"
                            + " and fails, and the next poll reads again the windows it did not complete. 0 for no"
                            + " limit.")
    private long pollTimeout;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Consumer: one exchange per report row instead of one per advertiser and window. Rows"
                            + " leave as their page arrives (with concurrency 1), so memory stays flat on any report"
                            + " size; they carry the advertiser and window headers, and the batch index.")
    private boolean splitRows;

    @UriParam(label = "consumer,advanced",
              description = "Consumer: where the last fully delivered day of each advertiser is kept, so that polling"
                            + " resumes there. Default: in memory; a FileStateRepository survives restarts.")
    private StateRepository<String, String> stateRepository;

    /** A copy for an endpoint: the component's defaults stay untouched. */
    public TikTokReportConfiguration copy() {
        try {
            TikTokReportConfiguration copy = (TikTokReportConfiguration) clone();
            copy.parameters = new LinkedHashMap<>(parameters);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getReportName() {
        return reportName;
    }

    public void setReportName(String reportName) {
        this.reportName = reportName;
    }

    public String getAdvertiserId() {
        return advertiserId;
    }

    public void setAdvertiserId(String advertiserId) {
        this.advertiserId = advertiserId;
    }

    public String getBcId() {
        return bcId;
    }

    public void setBcId(String bcId) {
        this.bcId = bcId;
    }

    public String getReportType() {
        return reportType;
    }

    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public String getStoreId() {
        return storeId;
    }

    public void setStoreId(String storeId) {
        this.storeId = storeId;
    }

    public String getDataLevel() {
        return dataLevel;
    }

    public void setDataLevel(String dataLevel) {
        this.dataLevel = dataLevel;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public String getMetrics() {
        return metrics;
    }

    public void setMetrics(String metrics) {
        this.metrics = metrics;
    }

    public String getFilters() {
        return filters;
    }

    public void setFilters(String filters) {
        this.filters = filters;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
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

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public int getLookbackDays() {
        return lookbackDays;
    }

    public void setLookbackDays(int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    public boolean isQueryLifetime() {
        return queryLifetime;
    }

    public void setQueryLifetime(boolean queryLifetime) {
        this.queryLifetime = queryLifetime;
    }

    public boolean isEnableTotalMetrics() {
        return enableTotalMetrics;
    }

    public void setEnableTotalMetrics(boolean enableTotalMetrics) {
        this.enableTotalMetrics = enableTotalMetrics;
    }

    public boolean isIncludeDeleted() {
        return includeDeleted;
    }

    public void setIncludeDeleted(boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
    }

    public String getReconcile() {
        return reconcile;
    }

    public void setReconcile(String reconcile) {
        this.reconcile = reconcile;
    }

    public String getAdvertiserFields() {
        return advertiserFields;
    }

    public void setAdvertiserFields(String advertiserFields) {
        this.advertiserFields = advertiserFields;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public boolean isValidateFields() {
        return validateFields;
    }

    public void setValidateFields(boolean validateFields) {
        this.validateFields = validateFields;
    }

    public boolean isSplitDateRange() {
        return splitDateRange;
    }

    public void setSplitDateRange(boolean splitDateRange) {
        this.splitDateRange = splitDateRange;
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

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public void setSandbox(boolean sandbox) {
        this.sandbox = sandbox;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getThrottleRetryTimeout() {
        return throttleRetryTimeout;
    }

    public void setThrottleRetryTimeout(long throttleRetryTimeout) {
        this.throttleRetryTimeout = throttleRetryTimeout;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getAdvertiserBatchSize() {
        return advertiserBatchSize;
    }

    public void setAdvertiserBatchSize(int advertiserBatchSize) {
        this.advertiserBatchSize = advertiserBatchSize;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public long getAsyncPollInterval() {
        return asyncPollInterval;
    }

    public void setAsyncPollInterval(long asyncPollInterval) {
        this.asyncPollInterval = asyncPollInterval;
    }

    public long getAsyncTimeout() {
        return asyncTimeout;
    }

    public void setAsyncTimeout(long asyncTimeout) {
        this.asyncTimeout = asyncTimeout;
    }

    public long getProgressInterval() {
        return progressInterval;
    }

    public void setProgressInterval(long progressInterval) {
        this.progressInterval = progressInterval;
    }

    public long getPollTimeout() {
        return pollTimeout;
    }

    public void setPollTimeout(long pollTimeout) {
        this.pollTimeout = pollTimeout;
    }

    public boolean isSplitRows() {
        return splitRows;
    }

    public void setSplitRows(boolean splitRows) {
        this.splitRows = splitRows;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }
}
