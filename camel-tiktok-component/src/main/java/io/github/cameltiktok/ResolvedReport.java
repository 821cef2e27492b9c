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
import io.github.cameltiktok.client.DateWindow;
import io.github.cameltiktok.client.ReadMode;
import io.github.cameltiktok.client.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's options resolved once, at start-up, into what the reader needs: the preset applied, every option
 * checked, nothing left to parse per request. Immutable.
 *
 * @param startDate the configured first day, or null
 * @param endDate   the configured last day, or null
 */
record ResolvedReport(String reportName, ReportRequest request, ReadMode mode, List<String> advertiserIds,
        LocalDate startDate, LocalDate endDate, int lookbackDays) {

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
                c.getPageSize());

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
        return new ResolvedReport(c.getReportName(), request, mode, advertiserIds, start, end, c.getLookbackDays());
    }

    /**
     * The window a request reads: the fixed startDate/endDate, or the last lookbackDays days up to today; the
     * producer's headers may replace either end. Null for a lifetime report.
     */
    DateWindow window(LocalDate today, String startOverride, String endOverride) {
        if (request.queryLifetime()) {
            return null;
        }
        List<String> errors = new ArrayList<>();
        LocalDate start = startOverride != null
                ? parseDate(startOverride, "header " + TikTokReportConstants.START_DATE, errors) : startDate;
        LocalDate end = endOverride != null
                ? parseDate(endOverride, "header " + TikTokReportConstants.END_DATE, errors) : endDate;
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
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
