package io.github.cameltiktok.client.read;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares what a window delivered with TikTok's own total: the integrated report of the same advertiser, days,
 * report type and service type at the advertiser level, for the additive metrics among those requested, per day.
 * One cheap request per advertiser and window (a day a row) proves a report complete, or shows it is not.
 * <p>
 * Comparable are BASIC reports below the advertiser level whose only filter is the status filter that includes
 * deleted objects (a report that leaves them out, or any other filter, narrows it), and GMV Max campaign reports
 * (product or LIVE) whose only filters are the promotion type and every campaign status, against the store's
 * account level of the same promotion type. Money and counts are compared exactly. A mismatch on a day that may
 * still be open (today or yesterday in some time zone) is checked again once.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** What a mismatch does: nothing (no check), a warning and the headers, or a failed window. */
    public enum Mode {
        OFF, WARN, FAIL;

        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Sums of one part's delivered rows, per day and additive metric. */
    public static final class Tally {
        private final Map<String, Map<String, Object>> byDay = new TreeMap<>();

        void add(List<Map<String, Object>> rows, List<String> metrics) {
            for (Map<String, Object> row : rows) {
                Map<String, Object> sums = byDay.computeIfAbsent(day(row), d -> new LinkedHashMap<>());
                for (String metric : metrics) {
                    sums.put(metric, MetricValues.sum(sums.get(metric), row.get(metric)));
                }
            }
        }
    }

    /** The key of a row's day, or of the whole window when the report has no time dimension. */
    static final String WINDOW = "window";

    private final Mode mode;
    private final ReportRequest request;
    private final SyncReportPager pager;
    private final ObjectMapper mapper;
    private final ReportStatistics statistics;
    /** Why the endpoint's windows cannot be compared, or null when they can. */
    private final String notComparable;
    private final List<String> metrics;
    /** The campaigns the report leaves out: a window is compared only when the advertiser has none of them. */
    private final List<ReportSlice> leftOut;

    /**
     * @param pager reads the integrated report (the check is always one)
     */
    public Reconciler(Mode mode, ReportRequest request, SyncReportPager pager, ObjectMapper mapper,
                      ReportStatistics statistics) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.request = Objects.requireNonNull(request, "request");
        this.pager = pager;
        this.mapper = mapper;
        this.statistics = statistics;
        boolean gmvMax = GmvMaxCatalog.REPORT_TYPE.equals(request.reportType());
        this.metrics = request.metrics().stream().filter(gmvMax ? GMV_MAX_ACCOUNT_METRICS::contains
                : TikTokReportCatalog::isAdditiveMetric).distinct().toList();
        this.leftOut = gmvMax ? List.of() : leftOut(request);
        this.notComparable = mode == Mode.OFF ? "reconcile=off"
                : gmvMax ? whyGmvMaxNotComparable(request, metrics, mapper) : whyNotComparable(request, metrics, mapper);
    }

    public Mode mode() {
        return mode;
    }

    /** Null when the endpoint's windows are checked; else why not (for the statistics). */
    public String notComparable() {
        return notComparable;
    }

    /** A tally for one part's rows, or null when nothing is compared. */
    public Tally newTally() {
        return notComparable == null ? new Tally() : null;
    }

    public void add(Tally tally, List<Map<String, Object>> rows) {
        if (tally != null) {
            tally.add(rows, metrics);
        }
    }

    /** The additive metrics GMV Max's account level answers. */
    static final List<String> GMV_MAX_ACCOUNT_METRICS = List.of("cost", "net_cost", "orders", "gross_revenue");

    static String whyGmvMaxNotComparable(ReportRequest request, List<String> additive, ObjectMapper mapper) {
        if (!request.dimensions().contains("campaign_id") || !TIME_AND_CAMPAIGN.containsAll(request.dimensions())) {
            return "GMV Max reports are reconciled at the campaign level only (dimensions campaign_id and a time"
                   + " dimension)";
        }
        if (additive.isEmpty()) {
            return "no metric of GMV Max's account level (cost, net_cost, orders, gross_revenue) is requested";
        }
        JsonNode filtering;
        try {
            filtering = request.filtering() == null ? mapper.createObjectNode() : mapper.readTree(request.filtering());
        } catch (JsonProcessingException e) {
            return "the filters are not TikTok's filtering object";
        }
        for (java.util.Iterator<String> keys = filtering.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!GmvMaxCatalog.PROMOTION_TYPES_FILTER.equals(key) && !GmvMaxCatalog.CAMPAIGN_STATUSES.equals(key)) {
                return "the filter on " + key + " narrows the report";
            }
        }
        List<String> statuses = new ArrayList<>();
        filtering.path(GmvMaxCatalog.CAMPAIGN_STATUSES).forEach(s -> statuses.add(s.asText()));
        if (!statuses.containsAll(GmvMaxCatalog.ALL_CAMPAIGN_STATUSES)) {
            return "deleted campaigns are left out (includeDeleted=false, or campaign_statuses narrows), so the report"
                   + " is not the store's whole total";
        }
        return null;
    }

    /**
     * The campaigns a report of campaigns, ad groups or ads leaves out, which TikTok's advertiser total holds: those
     * {@code buyingTypes} and {@code campaignOrigins} leave out, and Promote campaigns where TikTok does not report
     * them by the report's dimensions. A window is compared only for an advertiser that has none of them in it.
     */
    static List<ReportSlice> leftOut(ReportRequest request) {
        if (request.slices().isEmpty()) {
            return List.of();
        }
        List<ReportSlice> out = new ArrayList<>();
        ReportSlice first = request.slices().get(0);
        if (!request.slices().contains(ReportSlice.TIKTOK_DEFAULT)) {
            boolean narrowed = ReportSlice.BUYING_TYPE_FILTER.equals(first.filterField())
                               && !first.equals(ReportSlice.TOP_VIEW);
            List<String> rest = CampaignScope.LISTING_DEFAULT_BUYING_TYPES.stream()
                    .filter(type -> !narrowed || !first.filterValues().contains(type)).toList();
            out.add(narrowed ? ReportSlice.buyingTypes(rest) : ReportSlice.TIKTOK_DEFAULT);
        }
        for (ReportSlice apart : List.of(ReportSlice.TOP_VIEW, ReportSlice.PROMOTE)) {
            if (!request.slices().contains(apart)) {
                out.add(apart);
            }
        }
        return List.copyOf(out);
    }

    private static final List<String> TIME_AND_CAMPAIGN = List.of("campaign_id", "stat_time_day", "stat_time_hour");

    static String whyNotComparable(ReportRequest request, List<String> additive, ObjectMapper mapper) {
        if (!"BASIC".equals(request.reportType())) {
            return "report type " + request.reportType() + " is not reconciled (only BASIC reports are)";
        }
        String level = request.dataLevel() == null ? "" : request.dataLevel();
        if (!level.matches("(AUCTION|RESERVATION)_(CAMPAIGN|ADGROUP|AD)")) {
            return "data level " + level + " is the advertiser's total itself";
        }
        if (request.queryLifetime()) {
            return "a lifetime report has no days to compare";
        }
        if (additive.isEmpty()) {
            return "no additive metric (spend, impressions, clicks, conversion, ...) is requested";
        }
        String statusField = TikTokReportCatalog.statusFilterField(request.reportType(), level);
        // the filter of includeDeleted=true is added to each page's query, not to the request's filtering
        boolean deletedIncluded = request.statusFilterField() != null;
        for (JsonNode filter : filters(request.filtering(), mapper)) {
            boolean statusAll = filter.path("field_name").asText().equals(statusField)
                                && "IN".equals(filter.path("filter_type").asText())
                                && filter.path("filter_value").asText().replace(" ", "").equals("[\"STATUS_ALL\"]");
            if (!statusAll) {
                return "the filter on " + filter.path("field_name").asText() + " narrows the report";
            }
            deletedIncluded = true;
        }
        if (!deletedIncluded) {
            return "deleted objects are left out (includeDeleted=false, or mode=async), so the report is not the"
                   + " advertiser's whole total";
        }
        return null;
    }

    private static List<JsonNode> filters(String filtering, ObjectMapper mapper) {
        List<JsonNode> filters = new ArrayList<>();
        if (filtering != null) {
            try {
                mapper.readTree(filtering).forEach(filters::add);
            } catch (JsonProcessingException e) {
                filters.add(mapper.createObjectNode().put("field_name", "filters"));
            }
        }
        return filters;
    }

    /**
     * Compares a window that was read whole with TikTok's advertiser total, as the mode says: a mismatch is
     * logged, or (fail, on a day that can no longer move) thrown.
     *
     * @param label the endpoint, for the log
     *
     * @return the outcome, or null when nothing was compared
     * @throws ReportMismatchException with {@code reconcile=fail}, when a closed day does not match
     * @throws RuntimeException        when the check itself failed and {@code reconcile=fail} (with {@code warn}
     *                                 the window is delivered without a reconciliation, and the failure logged)
     */
    public ReconcileOutcome checkDelivered(ReadPart part, Tally tally, BooleanSupplier runAllowed, String label) {
        if (mode == Mode.OFF || part.window() == null) {
            return null;
        }
        if (tally == null) {
            statistics.notReconciled(notComparable);
            return null;
        }
        ReconcileOutcome outcome;
        try {
            for (ReportSlice slice : leftOut) {
                if (SlicePresence.delivered(pager, request.forStore(part.storeId()), slice, part.advertiserId(),
                        part.window(), runAllowed)) {
                    statistics.notReconciled("the report leaves out the " + slice.name() + " of "
                                             + part.describe() + ", which TikTok's advertiser total holds");
                    return null;
                }
            }
            outcome = check(part, tally, runAllowed);
        } catch (ReadStoppedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (mode == Mode.FAIL) {
                throw e;
            }
            statistics.notReconciled("the check failed: " + e.getMessage());
            LOG.warn("{}: {} ({}) is delivered without reconciliation: TikTok's advertiser total could not be"
                     + " read: {}", label, part.describe(), part.window(), e.getMessage());
            return null;
        }
        if (!outcome.reconciled()) {
            String text = outcome.describe(part);
            if (mode == Mode.FAIL && outcome.closedMismatch()) {
                throw new ReportMismatchException(text, outcome);
            }
            LOG.warn("{}: {}", label, text);
        }
        return outcome;
    }

    /**
     * Checks one part's window against TikTok's advertiser-level report.
     *
     * @return the outcome, or null when nothing is compared
     */
    public ReconcileOutcome check(ReadPart part, Tally delivered, BooleanSupplier runAllowed) {
        if (delivered == null || part.window() == null) {
            return null;
        }
        ReconcileOutcome outcome = compare(part, delivered, tiktok(part, runAllowed));
        if (!outcome.reconciled() && !outcome.closedMismatch()) {
            // figures of a day still open move while they are read: look once more before it counts
            outcome = compare(part, delivered, tiktok(part, runAllowed));
        }
        statistics.reconciled(outcome.reconciled());
        return outcome;
    }

    /** TikTok's per-day totals of the part's window at the advertiser level. */
    private Map<String, Map<String, Object>> tiktok(ReadPart part, BooleanSupplier runAllowed) {
        ReportRequest check = checkRequest();
        Tally totals = new Tally();
        for (DateWindow chunk : TikTokReportCatalog.chunks(part.window(), check.dimensions())) {
            statistics.reconcileCheck();
            pager.readChunk(check.forStore(part.storeId()), part.advertiserId(), chunk,
                    (rows, requestId, last) -> totals.add(rows, metrics), runAllowed);
        }
        return totals.byDay;
    }

    /**
     * The report of the advertiser's total per day: for the integrated report the same type, service type and
     * parameters at the advertiser level; for GMV Max the store's account level of the same promotion type.
     */
    ReportRequest checkRequest() {
        if (GmvMaxCatalog.REPORT_TYPE.equals(request.reportType())) {
            String promotion;
            try {
                JsonNode types = mapper.readTree(request.filtering()).path(GmvMaxCatalog.PROMOTION_TYPES_FILTER);
                promotion = types.isMissingNode() ? null
                        : mapper.writeValueAsString(Map.of(GmvMaxCatalog.PROMOTION_TYPES_FILTER, types));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("filters is not valid JSON", e);
            }
            return request.toBuilder().dimensions(List.of("advertiser_id", "stat_time_day")).metrics(metrics)
                    .filtering(promotion).orderField(null).orderType(null).enableTotalMetrics(false)
                    .pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
        }
        String serviceLevel = request.dataLevel().startsWith("RESERVATION_") ? "RESERVATION_ADVERTISER"
                : "AUCTION_ADVERTISER";
        return request.toBuilder().dataLevel(serviceLevel).dimensions(List.of("advertiser_id", "stat_time_day"))
                .metrics(metrics).filtering(null).statusFilterField(null).slices(List.of()).slice(null)
                .orderField(null).orderType(null)
                .enableTotalMetrics(false)
                .pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
    }

    private ReconcileOutcome compare(ReadPart part, Tally delivered, Map<String, Map<String, Object>> tiktok) {
        boolean byDay = hasTimeDimension();
        Map<String, Map<String, Object>> theirs = byDay ? tiktok : Map.of(WINDOW, windowSums(tiktok));
        Map<String, Map<String, Object>> ours = byDay ? delivered.byDay : Map.of(WINDOW, windowSums(delivered.byDay));
        TreeSet<String> days = new TreeSet<>(theirs.keySet());
        days.addAll(ours.keySet());
        List<ReconcileOutcome.Figure> figures = new ArrayList<>();
        boolean closedMismatch = false;
        LocalDate open = LocalDate.now(ZoneOffset.ofHours(-12)).minusDays(1);
        for (String day : days) {
            for (String metric : metrics) {
                ReconcileOutcome.Figure figure = new ReconcileOutcome.Figure(part.advertiserId(), day, metric,
                        ours.getOrDefault(day, Map.of()).get(metric), theirs.getOrDefault(day, Map.of()).get(metric));
                figures.add(figure);
                if (!figure.equal()) {
                    LocalDate last = WINDOW.equals(day) ? part.window().end() : LocalDate.parse(day);
                    closedMismatch |= last.isBefore(open);
                }
            }
        }
        return new ReconcileOutcome(figures, closedMismatch);
    }

    private boolean hasTimeDimension() {
        return request.dimensions().contains("stat_time_day") || request.dimensions().contains("stat_time_hour");
    }

    private Map<String, Object> windowSums(Map<String, Map<String, Object>> byDay) {
        Map<String, Object> sums = new LinkedHashMap<>();
        byDay.values().forEach(day -> metrics.forEach(m -> sums.put(m, MetricValues.sum(sums.get(m), day.get(m)))));
        return sums;
    }

    /** The day of a row: the date part of stat_time_day or stat_time_hour, or the whole window without them. */
    static String day(Map<String, Object> row) {
        Object time = row.containsKey("stat_time_day") ? row.get("stat_time_day") : row.get("stat_time_hour");
        String text = time == null ? null : time.toString();
        return text == null || text.length() < 10 ? WINDOW : text.substring(0, 10);
    }
}
