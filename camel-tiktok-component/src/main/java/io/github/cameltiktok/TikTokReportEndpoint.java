package io.github.cameltiktok;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.cameltiktok.client.DateWindow;
import io.github.cameltiktok.client.ReportRequest;
import io.github.cameltiktok.client.ReportValidator;
import io.github.cameltiktok.client.RetryPolicy;
import io.github.cameltiktok.client.TikTokClient;
import io.github.cameltiktok.client.TikTokReportCatalog;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a TikTok for Business report: as a producer on demand, or as a polling consumer (default every hour).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "tiktok-report", title = "TikTok Report",
             syntax = "tiktok-report:reportName", category = { Category.SOCIAL, Category.CLOUD },
             headersClass = TikTokReportConstants.class)
public class TikTokReportEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** Reporting data moves slowly: poll once an hour unless the user sets {@code delay}. */
    static final long DEFAULT_POLL_DELAY = Duration.ofHours(1).toMillis();

    /** Request parameters that have an option of their own and so cannot be given as {@code param.*}. */
    private static final Map<String, String> OWN_OPTIONS = Map.ofEntries(
            Map.entry("advertiser_id", "advertiserId"), Map.entry("advertiser_ids", "advertiserId"),
            Map.entry("service_type", "serviceType"), Map.entry("report_type", "reportType"),
            Map.entry("data_level", "dataLevel"), Map.entry("dimensions", "dimensions"),
            Map.entry("metrics", "metrics"), Map.entry("filtering", "filters"),
            Map.entry("order_field", "orderField"), Map.entry("order_type", "orderType"),
            Map.entry("start_date", "startDate"), Map.entry("end_date", "endDate"),
            Map.entry("query_lifetime", "queryLifetime"), Map.entry("enable_total_metrics", "enableTotalMetrics"),
            Map.entry("page", "pageSize (every page is fetched)"), Map.entry("page_size", "pageSize"));

    private static final Logger LOG = LoggerFactory.getLogger(TikTokReportEndpoint.class);

    @UriParam
    private TikTokReportConfiguration configuration;

    private ReportRequest reportRequest;
    private List<String> advertiserIds;
    private TikTokClient client;
    private ExecutorService executor;
    private ExecutorService pageExecutor;

    public TikTokReportEndpoint(String uri, TikTokReportComponent component, TikTokReportConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public TikTokReportComponent getComponent() {
        return (TikTokReportComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new TikTokReportProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        TikTokReportConsumer consumer = new TikTokReportConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public long getDefaultDelay() {
        return DEFAULT_POLL_DELAY;
    }

    /** Every check of the options, before any request: a bad endpoint fails the route start with all its problems. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        List<String> errors = new ArrayList<>();
        TikTokReportConfiguration c = configuration;

        TikTokReportCatalog.Preset preset = TikTokReportCatalog.PRESETS.get(c.getReportName());
        if (preset == null) {
            errors.add("Invalid value '" + c.getReportName() + "' for the report name (tiktok-report:reportName)."
                       + " Allowed values: " + String.join(", ", TikTokReportCatalog.presetNames()));
            preset = TikTokReportCatalog.PRESETS.get("custom");
        }
        advertiserIds = parseAdvertiserIds(c.getAdvertiserId(), "option advertiserId", errors);
        if (c.getAccessToken() == null && (c.getAppId() == null || c.getAppSecret() == null
                || c.getAuthCode() == null)) {
            errors.add("Missing option accessToken: give an access token, or appId, appSecret and authCode to obtain"
                       + " one (e.g. camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}})");
        }
        if (c.getLookbackDays() < 0) {
            errors.add("Invalid value '" + c.getLookbackDays() + "' for option lookbackDays. Allowed values: 0 or more");
        }
        if (getComponent().getRequestsPerSecond() < 0 || Double.isNaN(getComponent().getRequestsPerSecond())) {
            errors.add("Invalid value '" + getComponent().getRequestsPerSecond() + "' for option requestsPerSecond"
                       + " (camel.component.tiktok-report.requests-per-second). Allowed values: a positive number of"
                       + " requests per second, or 0 for no limit");
        }
        if (c.getConcurrency() < 1) {
            errors.add("Invalid value '" + c.getConcurrency() + "' for option concurrency. Allowed values: 1 or more");
        }
        if (c.getMaxRetries() < 0) {
            errors.add("Invalid value '" + c.getMaxRetries() + "' for option maxRetries. Allowed values: 0 or more");
        }
        for (String name : c.getParameters().keySet()) {
            if (OWN_OPTIONS.containsKey(name)) {
                errors.add("Invalid option param." + name + ": TikTok's " + name + " has its own option, use "
                           + OWN_OPTIONS.get(name));
            }
        }
        LocalDate start = parseDate(c.getStartDate(), "option startDate", errors);
        LocalDate end = parseDate(c.getEndDate(), "option endDate", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("Invalid value '" + c.getEndDate() + "' for option endDate: before startDate "
                       + c.getStartDate() + ". Allowed values: a day on or after startDate");
        }
        if (c.getOrderType() != null && c.getOrderField() == null) {
            errors.add("Option orderType=" + c.getOrderType() + " needs orderField: name the metric to sort by");
        }

        Map<String, String> extra = new LinkedHashMap<>();
        c.getParameters().forEach((k, v) -> extra.put(k, v == null ? "" : v.toString()));
        reportRequest = new ReportRequest(
                c.getServiceType(),
                c.getReportType() != null ? c.getReportType() : preset.reportType(),
                c.getDataLevel() != null ? c.getDataLevel() : preset.dataLevel(),
                c.getDimensions() != null ? split(c.getDimensions()) : preset.dimensions(),
                c.getMetrics() != null ? split(c.getMetrics()) : preset.metrics(),
                c.getFilters() == null || c.getFilters().isBlank() ? null : c.getFilters().trim(),
                c.getOrderField(),
                c.getOrderField() == null ? null : (c.getOrderType() != null ? c.getOrderType() : "DESC"),
                c.isQueryLifetime(),
                c.isEnableTotalMetrics(),
                extra,
                c.getPageSize());

        DateWindow fixedWindow = errors.isEmpty() && start != null && end != null ? new DateWindow(start, end) : null;
        ReportValidator.Outcome outcome = new ReportValidator(getComponent().getObjectMapper())
                .validate(reportRequest, fixedWindow, c.isValidateFields(), c.isSplitDateRange());
        errors.addAll(outcome.errors());
        outcome.warnings().forEach(w -> LOG.warn("tiktok-report:{}: {}", c.getReportName(), w));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid tiktok-report:" + c.getReportName() + " endpoint: "
                                               + String.join("; ", errors));
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryInitialDelay()),
                Duration.ofMillis(configuration.getRetryMaxDelay()));
        if (configuration.getConcurrency() > 1) {
            executor = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this,
                    "TikTokReport[" + configuration.getReportName() + "]", configuration.getConcurrency());
        }
        // each reader of a chunk (one, or concurrency of them) keeps the next pages requested; these tasks wait
        // for nothing, so a pool of their own cannot deadlock with the chunk readers
        pageExecutor = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this,
                "TikTokReportPages[" + configuration.getReportName() + "]",
                TikTokClient.PAGES_IN_FLIGHT * configuration.getConcurrency());
        client = new TikTokClient(getComponent().getHttpClient(), getComponent().getObjectMapper(), getServiceUrl(),
                retryPolicy, getComponent().rateLimiter(configuration), pageExecutor);
    }

    @Override
    protected void doStop() throws Exception {
        if (executor != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(executor);
            executor = null;
        }
        if (pageExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(pageExecutor);
            pageExecutor = null;
        }
        super.doStop();
    }

    /** Runs the date chunks of a report in parallel when concurrency is above 1; null otherwise. */
    ExecutorService getExecutor() {
        return executor;
    }

    /**
     * The window a request reads: the fixed startDate/endDate, or the last lookbackDays days up to today; the
     * producer's headers may replace either end.
     */
    DateWindow window(LocalDate today, String startOverride, String endOverride) {
        if (reportRequest.queryLifetime()) {
            return null;
        }
        List<String> errors = new ArrayList<>();
        LocalDate start = parseDate(startOverride != null ? startOverride : configuration.getStartDate(),
                startOverride != null ? "header " + TikTokReportConstants.START_DATE : "option startDate", errors);
        LocalDate end = parseDate(endOverride != null ? endOverride : configuration.getEndDate(),
                endOverride != null ? "header " + TikTokReportConstants.END_DATE : "option endDate", errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        if (end == null) {
            end = start != null && start.isAfter(today) ? start : today;
        }
        if (start == null) {
            start = end.minusDays(configuration.getLookbackDays());
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Invalid report window: end " + end + " is before start " + start);
        }
        return new DateWindow(start, end);
    }

    /** Whether every poll reads the same configured window (startDate or endDate given). */
    boolean hasFixedWindow() {
        return configuration.getStartDate() != null || configuration.getEndDate() != null;
    }

    static List<String> parseAdvertiserIds(String value, String source, List<String> errors) {
        if (value == null || value.isBlank()) {
            errors.add("Missing " + source + ": give a TikTok advertiser id, or several separated by commas");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : value.split(",")) {
            String trimmed = id.trim();
            if (trimmed.isEmpty() || !trimmed.chars().allMatch(Character::isDigit)) {
                errors.add("Invalid value '" + id + "' for " + source
                           + ". Allowed values: numeric advertiser ids, comma-separated");
            } else if (!ids.contains(trimmed)) {
                ids.add(trimmed);
            }
        }
        return List.copyOf(ids);
    }

    private static LocalDate parseDate(String value, String source, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add("Invalid value '" + value + "' for " + source + ". Allowed values: a date as yyyy-MM-dd");
            return null;
        }
    }

    private static List<String> split(String csv) {
        if (csv.isBlank()) {
            return List.of();
        }
        return Arrays.asList(csv.split(",", -1));
    }

    /** The access token, obtained through the OAuth exchange on first use when none is configured. */
    String accessToken() {
        return getComponent().accessToken(configuration, client);
    }

    @Override
    public String getServiceUrl() {
        if (configuration.isSandbox() && TikTokReportCatalog.PRODUCTION_URL.equals(configuration.getBaseUrl())) {
            return TikTokReportCatalog.SANDBOX_URL;
        }
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("advertiserId", String.join(",", advertiserIds == null ? List.of() : advertiserIds));
    }

    public TikTokReportConfiguration getConfiguration() {
        return configuration;
    }

    ReportRequest getReportRequest() {
        return reportRequest;
    }

    List<String> getAdvertiserIds() {
        return advertiserIds;
    }

    TikTokClient getClient() {
        return client;
    }

}
