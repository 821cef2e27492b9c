package io.github.cameltiktok;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * Checks a report against {@link TikTokReportCatalog} before any request is sent. Messages name the option as the
 * user wrote it in the endpoint URI, the bad value and the allowed values.
 */
final class ReportValidator {

    /** The report types of the reportType option: TikTok's report_type values, and GMV Max. */
    private static final List<String> REPORT_TYPES = Stream.concat(TikTokReportCatalog.REPORT_TYPES.stream(),
            Stream.of(GmvMaxCatalog.REPORT_TYPE)).toList();

    private final ObjectMapper mapper;

    public ReportValidator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The outcome: errors fail the route start, warnings are logged. */
    public record Outcome(List<String> errors, List<String> warnings) {
    }

    /**
     * @param window         the configured window, or null when the dates are computed at run time (rolling window)
     * @param validateFields false lets unknown dimensions and metrics through as warnings
     * @param splitDateRange false turns a window longer than TikTok allows into an error
     */
    public Outcome validate(ReportRequest request, ReadMode mode, DateWindow window, boolean validateFields,
                            boolean splitDateRange) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (request.isGmvMax()) {
            new GmvMaxValidator(this).validate(request, validateFields, errors, warnings);
            checkPageSize(errors, request);
            checkSpan(errors, request, mode, window, splitDateRange);
            return new Outcome(List.copyOf(errors), List.copyOf(warnings));
        }

        oneOf(errors, "serviceType", request.serviceType(), TikTokReportCatalog.SERVICE_TYPES);
        boolean knownType = oneOf(errors, "reportType", request.reportType(), REPORT_TYPES);
        if ("RESERVATION".equals(request.serviceType()) && !"BASIC".equals(request.reportType())) {
            errors.add("Invalid value '" + request.reportType() + "' for option reportType with serviceType=RESERVATION."
                       + " Allowed values: BASIC");
        }
        List<String> levels = TikTokReportCatalog.dataLevels(request.serviceType());
        if (request.dataLevel() == null) {
            if (knownType && TikTokReportCatalog.requiresDataLevel(request.reportType())) {
                errors.add("Missing option dataLevel: report type " + request.reportType() + " needs one."
                           + " Allowed values: " + String.join(", ", levels));
            }
        } else if (TikTokReportCatalog.TT_SHOP.equals(request.reportType())) {
            oneOf(errors, "dataLevel", request.dataLevel(), TikTokReportCatalog.TT_SHOP_DATA_LEVELS);
        } else if (!TikTokReportCatalog.BC.equals(request.reportType())) {
            oneOf(errors, "dataLevel", request.dataLevel(), levels);
        }

        if (request.dimensions().isEmpty()) {
            errors.add("Missing option dimensions: give at least one, e.g. dimensions=" + exampleDimensions(request));
        } else if (knownType) {
            Set<String> allowed = TikTokReportCatalog.allowedDimensions(request.reportType(), request.dataLevel());
            names(errors, warnings, validateFields, "dimensions", request.dimensions(), allowed,
                    "report type " + request.reportType() + at(request.dataLevel()));
            duplicates(errors, "dimensions", request.dimensions());
        }
        if (request.dimensions().contains(TikTokReportCatalog.DAY)
                && request.dimensions().contains(TikTokReportCatalog.HOUR)) {
            errors.add("Invalid value '" + String.join(",", request.dimensions()) + "' for option dimensions:"
                       + " use one time dimension, stat_time_day or stat_time_hour");
        }
        if (knownType) {
            names(errors, warnings, validateFields, "metrics", request.metrics(),
                    TikTokReportCatalog.allowedMetrics(request.reportType()), "report type " + request.reportType());
            duplicates(errors, "metrics", request.metrics());
        }

        checkFiltering(errors, request.filtering());
        checkOrder(errors, request);

        checkPageSize(errors, request);
        if (request.queryLifetime()) {
            if (knownType && !TikTokReportCatalog.supportsLifetime(request.reportType())) {
                errors.add("Invalid value 'true' for option queryLifetime with reportType=" + request.reportType()
                           + ". queryLifetime is allowed for report types: BASIC, PLAYABLE_MATERIAL");
            }
            if (request.dimensions().contains(TikTokReportCatalog.DAY)
                    || request.dimensions().contains(TikTokReportCatalog.HOUR)) {
                errors.add("Invalid value 'true' for option queryLifetime: lifetime reports take no time dimension,"
                           + " remove stat_time_day/stat_time_hour from dimensions");
            }
        } else {
            checkSpan(errors, request, mode, window, splitDateRange);
        }
        if (mode == ReadMode.ASYNC && knownType) {
            checkAsync(errors, request);
        }
        return new Outcome(List.copyOf(errors), List.copyOf(warnings));
    }

    private static void checkPageSize(List<String> errors, ReportRequest request) {
        if (request.pageSize() < TikTokReportCatalog.MIN_PAGE_SIZE
                || request.pageSize() > TikTokReportCatalog.MAX_PAGE_SIZE) {
            errors.add("Invalid value '" + request.pageSize() + "' for option pageSize. Allowed values: "
                       + TikTokReportCatalog.MIN_PAGE_SIZE + " to " + TikTokReportCatalog.MAX_PAGE_SIZE);
        }
    }

    private static void checkSpan(List<String> errors, ReportRequest request, ReadMode mode, DateWindow window,
                                  boolean splitDateRange) {
        if (window == null || splitDateRange || mode == ReadMode.ASYNC) {
            return;
        }
        int max = TikTokReportCatalog.maxSpanDays(request.dimensions());
        long span = TikTokReportCatalog.spanDays(window);
        if (span > max) {
            errors.add("Invalid date range " + window.start() + " to " + window.end() + " (options startDate and"
                       + " endDate): " + span + " days, but TikTok allows at most " + max + " days per request"
                       + " with dimensions " + String.join(",", request.dimensions())
                       + "; shorten the range or set splitDateRange=true");
        }
    }

    /** What TikTok's report tasks refuse, named by option, before any task is created. */
    private void checkAsync(List<String> errors, ReportRequest request) {
        TikTokReportCatalog.asyncProblems(request, request.filterFields(mapper))
                .forEach(problem -> errors.add("Invalid option with mode=async: " + problem));
        if (request.enableTotalMetrics()) {
            errors.add("Invalid option enableTotalMetrics=true with mode=async: report tasks answer a CSV without"
                       + " totals. Allowed values: false, or mode=auto/sync");
        }
    }

    private static String at(String dataLevel) {
        return dataLevel == null ? "" : " at data level " + dataLevel;
    }

    private static String exampleDimensions(ReportRequest request) {
        String id = TikTokReportCatalog.idDimension(request.dataLevel());
        return (id == null ? "campaign_id" : id) + "," + TikTokReportCatalog.DAY;
    }

    static boolean oneOf(List<String> errors, String option, String value, Collection<String> allowed) {
        if (allowed.contains(value)) {
            return true;
        }
        List<String> closest = value == null ? List.of() : closest(value, allowed);
        // a short list: all of it, then the nearest
        errors.add("Invalid value '" + value + "' for option " + option + ". Allowed values: "
                   + String.join(", ", allowed)
                   + (closest.isEmpty() ? "" : ". Did you mean " + String.join(" or ", closest) + "?"));
        return false;
    }

    static void names(List<String> errors, List<String> warnings, boolean validateFields, String option,
                              List<String> values, Set<String> allowed, String context) {
        for (String value : values) {
            if (value.isEmpty() || !value.equals(value.trim())) {
                errors.add("Invalid value '" + value + "' for option " + option
                           + ": names are comma-separated without spaces or empty entries");
            } else if (!allowed.contains(value)) {
                List<String> closest = closest(value, allowed);
                String text = "Invalid value '" + value + "' for option " + option + ": not known for " + context
                              + (closest.isEmpty() ? "" : ". Did you mean " + String.join(" or ", closest) + "?")
                              + allowedValues(allowed);
                if (validateFields) {
                    errors.add(text + " (set validateFields=false to send names this component does not know yet)");
                } else {
                    warnings.add(text + "; sent anyway because validateFields=false");
                }
            }
        }
    }

    /** Lists longer than this are cut in messages: the reader wants the near names, docs/fields.md has them all. */
    static final int LISTED_VALUES = 12;

    private static String allowedValues(Collection<String> allowed) {
        if (allowed.size() <= LISTED_VALUES) {
            return ". Allowed values: " + String.join(", ", allowed);
        }
        return ". Allowed values: " + String.join(", ", allowed.stream().limit(LISTED_VALUES).toList()) + " and "
               + (allowed.size() - LISTED_VALUES) + " more (all of them: docs/fields.md)";
    }

    /**
     * The allowed names nearest a misspelled one (at most three, fewest edits first), or none when every name is
     * far from it: a typo is a few edits away, and a prefix (spen for spend) counts as near.
     */
    static List<String> closest(String value, Collection<String> allowed) {
        int limit = Math.max(2, value.length() / 3);
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        record Candidate(String name, int distance) {
        }
        return allowed.stream()
                .map(name -> new Candidate(name, value.length() >= 3
                        && (name.startsWith(value) || value.startsWith(name))
                        ? 0 : editDistance(lower, name.toLowerCase(java.util.Locale.ROOT))))
                .filter(c -> c.distance() <= limit)
                .sorted(java.util.Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(3).map(Candidate::name).toList();
    }

    /** Levenshtein distance (inserts, deletes, substitutions; a swap of two letters counts as one). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] beforePrevious = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    static void duplicates(List<String> errors, String option, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                errors.add("Invalid value '" + value + "' for option " + option + ": given twice");
            }
        }
    }

    /** The filters as JSON; null, with the reason added, when they are not JSON. */
    JsonNode readFilters(List<String> errors, String filtering, String expected) {
        try {
            JsonNode root = mapper.readTree(filtering);
            if (root == null) {
                errors.add("Invalid value '" + filtering + "' for option filters: empty" + expected);
            }
            return root;
        } catch (JsonProcessingException e) {
            errors.add("Invalid value '" + filtering + "' for option filters: not valid JSON, " + whereJsonBreaks(
                    filtering, e) + expected);
            return null;
        }
    }

    /**
     * Where a JSON text breaks, in the user's own text: the position, what Jackson expected in plain words (none of
     * its source or location notes), and the text up to the break marked with {@code <-- here}.
     */
    static String whereJsonBreaks(String text, JsonProcessingException e) {
        long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        int at = offset < 0 || offset > text.length() ? text.length() : (int) offset;
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Jackson adds the place where an enclosing value started, with its source: not the user's concern
        reason = reason.replaceAll("(?s)\\s*\\(for [^()]*\\[Source:.*", "").replaceAll("(?s)\\s*\\[Source:.*", "")
                .replaceAll("\\s+", " ").trim();
        int from = Math.max(0, at - 40);
        String upToBreak = text.substring(from, Math.min(text.length(), at + 1));
        return "at character " + (at + 1) + ": " + reason + " (" + (from > 0 ? "…" : "") + upToBreak + " <-- here)";
    }

    private void checkFiltering(List<String> errors, String filtering) {
        if (filtering == null) {
            return;
        }
        String expected = ". Expected a JSON array of objects with field_name, filter_type and filter_value, e.g."
                          + " [{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"123\\\"]\"}]";
        JsonNode root = readFilters(errors, filtering, expected);
        if (root == null) {
            return;
        }
        if (!root.isArray()) {
            errors.add("Invalid value '" + filtering + "' for option filters: not a JSON array" + expected);
            return;
        }
        for (JsonNode filter : root) {
            if (!filter.isObject() || !filter.hasNonNull("field_name") || !filter.hasNonNull("filter_type")
                    || !filter.hasNonNull("filter_value")) {
                errors.add("Invalid value '" + filter + "' in option filters: each filter needs field_name,"
                           + " filter_type and filter_value" + expected);
            } else if (!filter.get("filter_value").isTextual()) {
                errors.add("Invalid filter_value " + filter.get("filter_value") + " in option filters (field_name "
                           + filter.get("field_name").asText() + "): TikTok wants a string, a JSON-encoded one for"
                           + " lists, e.g. \"filter_value\":\"[\\\"123\\\"]\"" );
            } else if (!TikTokReportCatalog.FILTER_TYPES.contains(filter.get("filter_type").asText())) {
                errors.add("Invalid filter_type '" + filter.get("filter_type").asText() + "' in option filters."
                           + " Allowed values: " + String.join(", ", TikTokReportCatalog.FILTER_TYPES));
            }
        }
    }

    private static void checkOrder(List<String> errors, ReportRequest request) {
        if (request.orderField() == null) {
            return;
        }
        List<String> sortable = request.metrics().stream()
                .filter(m -> !TikTokReportCatalog.isAttributeMetric(m)).toList();
        if (!sortable.contains(request.orderField())) {
            errors.add("Invalid value '" + request.orderField() + "' for option orderField: it must be one of the"
                       + " requested metrics that is not an attribute (name, budget, type). Allowed values: "
                       + (sortable.isEmpty() ? "(none: add a numeric metric)" : String.join(", ", sortable)));
        }
        oneOf(errors, "orderType", request.orderType(), TikTokReportCatalog.ORDER_TYPES);
    }
}
