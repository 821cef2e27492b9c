package io.github.cameltiktok;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.AdvertiserInfo;
import io.github.cameltiktok.client.DateWindow;
import io.github.cameltiktok.client.ReadMode;
import io.github.cameltiktok.client.ReportRequest;
import io.github.cameltiktok.client.TikTokReportCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's options resolved once, at start-up, into what the reader needs: the preset applied, every option
 * checked, nothing left to parse per request. Immutable.
 *
 * @param startDate        the configured first day, or null
 * @param endDate          the configured last day, or null
 * @param advertiserFields fields of the advertiser's account added to each row ({@code currency}, {@code timezone})
 */
record ResolvedReport(String reportName, ReportRequest request, ReadMode mode, List<String> advertiserIds,
        LocalDate startDate, LocalDate endDate, int lookbackDays, List<String> advertiserFields) {

    private static final Logger LOG = LoggerFactory.getLogger(ResolvedReport.class);

    /** Request parameters that have an option of their own and so cannot be given as {@code param.*}. */
    private static final Map<String, String> OWN_OPTIONS = Map.ofEntries(
            Map.entry("advertiser_id", "advertiserId"), Map.entry("advertiser_ids", "advertiserId"),
            Map.entry("service_type", "serviceType"), Map.entry("report_type", "reportType"),
            Map.entry("data_level", "dataLevel"), Map.entry("dimensions", "dimensions"),
            Map.entry("metrics", "metrics"), Map.entry("filtering", "filters"),
            Map.entry("order_field", "orderField"), Map.entry("order_type", "orderType"),
            Map.entry("start_date", "startDate"), Map.entry("end_date", "endDate"),
            Map.entry("query_lifetime", "queryLifetime"), Map.entry("enable_total_metrics", "enableTotalMetrics"),
            Map.entry("page", "pageSize (every page is fetched)"), Map.entry("page_size", "pageSize"),
            Map.entry("output_format", "mode (report tasks always ask for CSV_STRING)"),
            Map.entry("enable_report_title_translation", "mode (report tasks never translate titles)"));

    ResolvedReport {
        advertiserIds = List.copyOf(advertiserIds);
        advertiserFields = List.copyOf(advertiserFields);
    }

    /**
     * Checks every option before any request; a bad endpoint fails the route start with all its problems at once.
     *
     * @throws IllegalArgumentException naming each bad option, its value and what is allowed
     */
    static ResolvedReport resolve(TikTokReportConfiguration c, double requestsPerSecond, double asyncTasksPerSecond,
                                  ObjectMapper mapper) {
        List<String> errors = new ArrayList<>();
        ReportPresets.Preset preset = ReportPresets.PRESETS.get(c.getReportName());
        if (preset == null) {
            errors.add("Invalid value '" + c.getReportName() + "' for the report name (tiktok-report:reportName)."
                       + " Allowed values: " + String.join(", ", ReportPresets.names()));
            preset = ReportPresets.PRESETS.get("custom");
        }
        List<String> advertiserIds = parseAdvertiserIds(c.getAdvertiserId(), "option advertiserId", errors);
        if (c.getAccessToken() == null && (c.getAppId() == null || c.getAppSecret() == null
                || c.getAuthCode() == null)) {
            errors.add("Missing option accessToken: give an access token, or appId, appSecret and authCode to obtain"
                       + " one (e.g. camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}})");
        }
        ReadMode mode = mode(c.getMode(), errors);
        atLeast(errors, "lookbackDays", c.getLookbackDays(), 0);
        atLeast(errors, "concurrency", c.getConcurrency(), 1);
        atLeast(errors, "maxRetries", c.getMaxRetries(), 0);
        atLeast(errors, "asyncPollInterval", c.getAsyncPollInterval(), 1);
        atLeast(errors, "asyncTimeout", c.getAsyncTimeout(), 1);
        positiveRate(errors, "requestsPerSecond", requestsPerSecond);
        positiveRate(errors, "asyncTasksPerSecond", asyncTasksPerSecond);
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

        List<String> advertiserFields = new ArrayList<>();
        if (c.getAdvertiserFields() != null && !c.getAdvertiserFields().isBlank()) {
            for (String field : c.getAdvertiserFields().split(",")) {
                String name = field.trim();
                if (!AdvertiserInfo.ROW_FIELDS.contains(name)) {
                    errors.add("Invalid value '" + field + "' for option advertiserFields. Allowed values: "
                               + String.join(", ", AdvertiserInfo.ROW_FIELDS));
                } else if (!advertiserFields.contains(name)) {
                    advertiserFields.add(name);
                }
            }
        }

        Map<String, String> extra = new LinkedHashMap<>();
        c.getParameters().forEach((k, v) -> extra.put(k, v == null ? "" : v.toString()));
        ReportRequest request = new ReportRequest(
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
                c.getPageSize(),
                null);
        request = withStatusFilter(request, c.isIncludeDeleted(), mode, mapper, c.getReportName());

        DateWindow fixedWindow = errors.isEmpty() && start != null && end != null ? new DateWindow(start, end) : null;
        ReportValidator.Outcome outcome = new ReportValidator(mapper)
                .validate(request, mode == null ? ReadMode.AUTO : mode, fixedWindow, c.isValidateFields(),
                        c.isSplitDateRange());
        errors.addAll(outcome.errors());
        outcome.warnings().forEach(w -> LOG.warn("tiktok-report:{}: {}", c.getReportName(), w));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid tiktok-report:" + c.getReportName() + " endpoint: "
                                               + String.join("; ", errors));
        }
        return new ResolvedReport(c.getReportName(), request, mode, advertiserIds, start, end, c.getLookbackDays(),
                advertiserFields);
    }

    /**
     * includeDeleted: the status filter of the report's level, unless the user's filters name it already. Report
     * tasks take no status filter ({@code mode=async}): they are read with TikTok's default, which is said once.
     */
    private static ReportRequest withStatusFilter(ReportRequest request, boolean includeDeleted, ReadMode mode,
                                                  ObjectMapper mapper, String reportName) {
        String field = TikTokReportCatalog.statusFilterField(request.reportType(), request.dataLevel());
        if (!includeDeleted || field == null || request.filterFields(mapper).contains(field)) {
            return request;
        }
        if (mode == ReadMode.ASYNC) {
            LOG.warn("tiktok-report:{}: includeDeleted cannot be honoured with mode=async: TikTok's report tasks take"
                     + " no {} filter, so deleted objects may be left out. Use mode=auto or sync to include them, or"
                     + " includeDeleted=false to accept TikTok's default", reportName, field);
            return request;
        }
        return new ReportRequest(request.serviceType(), request.reportType(), request.dataLevel(),
                request.dimensions(), request.metrics(), request.filtering(), request.orderField(),
                request.orderType(), request.queryLifetime(), request.enableTotalMetrics(),
                request.extraParameters(), request.pageSize(), field);
    }

    /**
     * The window a request reads: the fixed startDate/endDate, or the last lookbackDays days up to today; the
     * producer's headers or the consumer's progress may replace either end. Null for a lifetime report.
     *
     * @param today the advertiser's today
     */
    DateWindow window(LocalDate today, LocalDate startOverride, LocalDate endOverride) {
        if (request.queryLifetime()) {
            return null;
        }
        LocalDate start = startOverride != null ? startOverride : startDate;
        LocalDate end = endOverride != null ? endOverride : endDate;
        if (end == null) {
            end = start != null && start.isAfter(today) ? start : today;
        }
        if (start == null) {
            start = end.minusDays(lookbackDays);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Invalid report window: end " + end + " is before start " + start);
        }
        return new DateWindow(start, end);
    }

    /** A date given in a header, or null when the header is absent. */
    static LocalDate headerDate(String value, String header) {
        List<String> errors = new ArrayList<>();
        LocalDate date = parseDate(value, "header " + header, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return date;
    }

    /**
     * Whether the window ends at "today", which is the advertiser's day: no lifetime report, and no last day given
     * by the endpoint or the message.
     */
    boolean endsToday(LocalDate endOverride) {
        return !request.queryLifetime() && endDate == null && endOverride == null;
    }

    /** Whether every poll reads the same configured window (startDate or endDate given). */
    boolean hasFixedWindow() {
        return startDate != null || endDate != null;
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

    private static ReadMode mode(String value, List<String> errors) {
        for (ReadMode mode : ReadMode.values()) {
            if (mode.optionValue().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        errors.add("Invalid value '" + value + "' for option mode. Allowed values: auto, sync, async");
        return null;
    }

    private static void atLeast(List<String> errors, String option, long value, long min) {
        if (value < min) {
            errors.add("Invalid value '" + value + "' for option " + option + ". Allowed values: " + min + " or more");
        }
    }

    private static void positiveRate(List<String> errors, String option, double value) {
        if (value < 0 || Double.isNaN(value)) {
            errors.add("Invalid value '" + value + "' for option " + option + " (camel.component.tiktok-report."
                       + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + "). Allowed values: a"
                       + " positive number of requests per second, or 0 for no limit");
        }
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
}
