package io.github.cameltiktok.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.github.cameltiktok.simulator.SyntheticData.Level;

/**
 * Answers {@code GET /open_api/v1.3/report/integrated/get/} the way TikTok does: validates the query like TikTok
 * (code 40002 naming the field), then writes one page of the envelope with every value as a string. Rows are
 * generated for the requested page only; a whole report is never held.
 */
final class ReportEngine {

    static final int MAX_PAGE_SIZE = 1000;
    static final int DEFAULT_PAGE_SIZE = 10;

    private static final Set<String> REPORT_TYPES = Set.of("BASIC", "AUDIENCE");
    private static final Set<String> TIME_DIMENSIONS = Set.of("stat_time_day", "stat_time_hour");
    private static final List<String> BREAKDOWNS = List.of("gender", "age", "country_code");
    private static final Set<String> NUMERIC_METRICS = Set.of(
            "spend", "billed_cost", "cash_spend", "voucher_spend", "impressions", "gross_impressions", "clicks", "ctr",
            "cpc", "cpm", "reach", "frequency", "cost_per_1000_reached", "conversion", "cost_per_conversion",
            "conversion_rate", "real_time_conversion", "real_time_cost_per_conversion", "result", "cost_per_result",
            "result_rate", "secondary_goal_result", "video_play_actions", "video_watched_2s", "video_watched_6s",
            "likes", "comments", "shares", "follows", "profile_visits");
    /** Attribute metrics and the highest data level at which each exists. */
    private static final Map<String, Level> ATTRIBUTE_METRICS = Map.of(
            "advertiser_name", Level.ADVERTISER, "currency", Level.ADVERTISER, "campaign_name", Level.CAMPAIGN,
            "objective_type", Level.CAMPAIGN, "campaign_budget", Level.CAMPAIGN, "adgroup_name", Level.ADGROUP,
            "budget", Level.ADGROUP, "ad_name", Level.AD);
    private static final Set<String> NOT_AUDIENCE_METRICS = Set.of(
            "reach", "frequency", "cost_per_1000_reached", "secondary_goal_result", "video_play_actions",
            "video_watched_2s", "video_watched_6s");
    private static final Map<String, Level> ID_FILTERS = Map.of(
            "campaign_ids", Level.CAMPAIGN, "adgroup_ids", Level.ADGROUP, "ad_ids", Level.AD);
    private static final Set<String> STATUS_FILTERS = Set.of("campaign_status", "adgroup_status", "ad_status");

    private final SyntheticData data;
    private final SimulatorConfig config;
    private final ObjectMapper mapper;

    ReportEngine(SimulatorConfig config, ObjectMapper mapper) {
        this.config = config;
        this.data = new SyntheticData(config);
        this.mapper = mapper;
    }

    /** See {@link SyntheticData#restate}. */
    void restate(LocalDate day, int perMille) {
        data.restate(day, perMille);
    }

    /** A validated report query, and the rows it spans. */
    final class Query {
        int advertiser;
        String reportType;
        Level level;
        List<String> dimensions;
        List<String> metrics;
        List<LocalDate> days;       // one entry per day of the range that has delivery
        boolean daily;
        boolean hourly;
        List<String> breakdowns;    // gender, age, country_code in request order
        long[] entities;            // global indices at the data level, after filters
        String orderField;
        boolean descending;
        int page;
        int pageSize;
        /** Ads below this global index are left out (TikTok's truncation to the newest ads); -1 for none. */
        long adCutoff = -1;
        boolean truncated;
        boolean totalMetrics;
        /** One advertiser of a request with {@code advertiser_ids}: its metrics carry currency, time zone and id. */
        boolean batched;
        /** A batch without an ID dimension: TikTok then answers those three as 0 and cost metrics as "-". */
        boolean batchWithoutId;

        long timeBuckets() {
            return daily ? days.size() : hourly ? days.size() * 24L : days.isEmpty() ? 0 : 1;
        }

        long breakdownBuckets() {
            long buckets = 1;
            for (String b : breakdowns) {
                buckets *= bucketValues(b).size();
            }
            return buckets;
        }

        long totalRows() {
            return timeBuckets() * entities.length * breakdownBuckets();
        }
    }

    /** A synchronous report query: paged, span-limited, truncated beyond the ads limit, 40067 when too large. */
    Query parse(Function<String, String> param) {
        return parse(param, false);
    }

    /** TikTok's most advertisers in one request ({@code advertiser_ids}). */
    static final int MAX_BATCH = 5;
    private static final Set<String> ID_DIMENSIONS = Set.of("advertiser_id", "campaign_id", "adgroup_id", "ad_id");
    private static final Set<String> COST_METRICS = Set.of("spend", "billed_cost", "cash_spend", "voucher_spend",
            "cpc", "cpm", "cost_per_1000_reached", "cost_per_conversion", "real_time_cost_per_conversion",
            "cost_per_result", "campaign_budget", "budget");

    /**
     * A synchronous report of several advertisers ({@code advertiser_ids}, at most five, BASIC and AUDIENCE): one
     * query per advertiser, their rows one after the other (sorted within each advertiser when ordered). An
     * advertiser the token may not read refuses the whole request; {@code advertiser_id} may be a second ID
     * dimension; TikTok's ads limit and the query size apply to the combined set.
     */
    List<Query> parseBatch(Function<String, String> param) {
        List<String> ids = jsonArray(param.apply("advertiser_ids"), "advertiser_ids");
        if (ids == null || ids.isEmpty()) {
            throw ApiError.invalid("advertiser_ids: Missing data for required field.");
        }
        if (ids.size() > MAX_BATCH) {
            throw ApiError.invalid("advertiser_ids: Length must be between 1 and " + MAX_BATCH + ".");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ApiError.invalid("advertiser_ids: duplicated advertiser ids.");
        }
        if (!REPORT_TYPES.contains(param.apply("report_type"))) {
            throw ApiError.invalid("advertiser_ids: only report_type BASIC and AUDIENCE read several advertisers.");
        }
        List<String> dimensions = jsonArray(param.apply("dimensions"), "dimensions");
        List<String> own = dimensions == null ? null : new ArrayList<>(dimensions);
        if (own != null && !"AUCTION_ADVERTISER".equals(param.apply("data_level"))) {
            own.remove("advertiser_id");
        }
        String ownDimensions;
        try {
            ownDimensions = own == null ? null : mapper.writeValueAsString(own);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<Query> queries = new ArrayList<>();
        long ads = 0;
        long rows = 0;
        for (String id : ids) {
            Query q = parse(name -> switch (name) {
                case "advertiser_id" -> id;
                case "dimensions" -> ownDimensions;
                default -> param.apply(name);
            }, false);
            q.dimensions = dimensions;
            q.batched = true;
            q.batchWithoutId = dimensions.stream().noneMatch(ID_DIMENSIONS::contains);
            ads += q.entities.length * data.adsPerEntity(q.level);
            rows += q.totalRows();
            queries.add(q);
        }
        if (config.adsLimit() > 0 && ads > config.adsLimit()) {
            queries.forEach(q -> q.truncated = true);
        }
        if (config.maxQueryRows() > 0 && rows > config.maxQueryRows()) {
            throw new ApiError(ApiError.QUERY_TOO_LARGE, "The query is too large. Please narrow the time range"
                                                         + " or filter the objects.");
        }
        return queries;
    }

    /** What TikTok adds to the metrics of a batched row: the account's currency, time zone and id. */
    Map<String, String> batchFields(Query q) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("currency", q.batchWithoutId ? "0" : "USD");
        fields.put("timezone", q.batchWithoutId ? "0" : config.quirks().zone(q.advertiser).getId());
        fields.put("advertiser_id", q.batchWithoutId ? "0" : advertiserId(q));
        return fields;
    }

    /** A metric's value in a row, as the request shape has it: cost metrics of a batch without an ID are "-". */
    String sentMetricValue(Query q, RowKey key, String metric, long[] counts) {
        return q.batchWithoutId && COST_METRICS.contains(metric) ? "-" : metricValue(q, key, metric, counts);
    }

    /**
     * @param task a report task's query: the whole window (no span limit), one page, never truncated
     */
    Query parse(Function<String, String> param, boolean task) {
        Query q = new Query();
        String advertiserId = param.apply("advertiser_id");
        if (advertiserId == null || advertiserId.isBlank()) {
            throw ApiError.invalid("advertiser_id: Missing data for required field.");
        }
        q.advertiser = data.advertiserIndex(advertiserId);
        if (q.advertiser < 0) {
            throw new ApiError(ApiError.NO_PERMISSION, "No permission to operate advertiser " + advertiserId + ".");
        }
        String serviceType = param.apply("service_type");
        if (serviceType != null && !serviceType.equals("AUCTION")) {
            throw ApiError.invalid("service_type: the simulator serves AUCTION data only.");
        }
        q.reportType = param.apply("report_type");
        if (q.reportType == null) {
            throw ApiError.invalid("report_type: Missing data for required field.");
        }
        if (!REPORT_TYPES.contains(q.reportType)) {
            throw ApiError.invalid("report_type: " + q.reportType + " is not supported by the simulator (BASIC, AUDIENCE).");
        }
        String dataLevel = param.apply("data_level");
        if (dataLevel == null) {
            throw ApiError.invalid("data_level: Missing data for required field.");
        }
        if (!Set.of("AUCTION_ADVERTISER", "AUCTION_CAMPAIGN", "AUCTION_ADGROUP", "AUCTION_AD").contains(dataLevel)) {
            throw ApiError.invalid("data_level: Must be one of AUCTION_ADVERTISER, AUCTION_CAMPAIGN, AUCTION_ADGROUP,"
                                   + " AUCTION_AD.");
        }
        q.level = Level.of(dataLevel);

        q.dimensions = jsonArray(param.apply("dimensions"), "dimensions");
        if (q.dimensions == null || q.dimensions.isEmpty()) {
            throw ApiError.invalid("dimensions: Missing data for required field.");
        }
        q.breakdowns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String dimension : q.dimensions) {
            if (!seen.add(dimension)) {
                throw ApiError.invalid("dimensions: duplicated dimension " + dimension + ".");
            }
            if (dimension.equals(q.level.idDimension) || TIME_DIMENSIONS.contains(dimension)
                    || dimension.equals("country_code")) {
                if (dimension.equals("country_code")) {
                    q.breakdowns.add(dimension);
                }
            } else if (BREAKDOWNS.contains(dimension) && q.reportType.equals("AUDIENCE")) {
                q.breakdowns.add(dimension);
            } else {
                throw ApiError.invalid("dimensions: Invalid dimension " + dimension + " for report_type " + q.reportType
                                       + " and data_level " + dataLevel + ".");
            }
        }
        q.daily = q.dimensions.contains("stat_time_day");
        q.hourly = q.dimensions.contains("stat_time_hour");
        if (q.daily && q.hourly) {
            throw ApiError.invalid("dimensions: stat_time_day and stat_time_hour cannot be used together.");
        }

        List<String> metrics = jsonArray(param.apply("metrics"), "metrics");
        q.metrics = metrics == null ? List.of("spend", "impressions") : metrics;
        for (String metric : q.metrics) {
            Level attributeLevel = ATTRIBUTE_METRICS.get(metric);
            if (attributeLevel == null && !NUMERIC_METRICS.contains(metric)) {
                throw ApiError.invalid("metrics: Invalid metric " + metric + ".");
            }
            if (attributeLevel != null && attributeLevel.ordinal() > q.level.ordinal()) {
                throw ApiError.invalid("metrics: " + metric + " is not supported at data_level " + dataLevel + ".");
            }
            if (q.reportType.equals("AUDIENCE") && NOT_AUDIENCE_METRICS.contains(metric)) {
                throw ApiError.invalid("metrics: " + metric + " is not supported by AUDIENCE reports.");
            }
        }

        boolean lifetime = "true".equals(param.apply("query_lifetime"));
        if (lifetime) {
            if (q.daily || q.hourly) {
                throw ApiError.invalid("query_lifetime: time dimensions cannot be used with lifetime metrics.");
            }
            q.days = daysWithDelivery(q.advertiser, config.firstDay(), config.lastDay());
        } else {
            LocalDate start = date(param.apply("start_date"), "start_date");
            LocalDate end = date(param.apply("end_date"), "end_date");
            if (end.isBefore(start)) {
                throw ApiError.invalid("end_date: end_date must be on or after start_date.");
            }
            long span = ChronoUnit.DAYS.between(start, end) + 1;
            long max = q.hourly ? 1 : q.daily ? 30 : 365;
            if (span > max && !task) {
                throw ApiError.invalid("start_date, end_date: The time span cannot exceed " + max + " days"
                                       + (q.hourly ? " when stat_time_hour is used." : "."));
            }
            q.days = daysWithDelivery(q.advertiser, start, end);
        }

        q.orderField = param.apply("order_field");
        String orderType = param.apply("order_type");
        if (orderType != null && !orderType.equals("ASC") && !orderType.equals("DESC")) {
            throw ApiError.invalid("order_type: Must be one of ASC, DESC.");
        }
        q.descending = !"ASC".equals(orderType);
        if (q.orderField != null && (!q.metrics.contains(q.orderField) || ATTRIBUTE_METRICS.containsKey(q.orderField))) {
            throw ApiError.invalid("order_field: " + q.orderField + " is not a sortable metric of this request.");
        }

        q.page = task ? 1 : integer(param.apply("page"), 1, "page");
        q.pageSize = task ? MAX_PAGE_SIZE : integer(param.apply("page_size"), DEFAULT_PAGE_SIZE, "page_size");
        if (q.page < 1) {
            throw ApiError.invalid("page: Must be greater than or equal to 1.");
        }
        if (q.pageSize < 1 || q.pageSize > MAX_PAGE_SIZE) {
            throw ApiError.invalid("page_size: Must be between 1 and 1000.");
        }
        q.totalMetrics = !task && "true".equals(param.apply("enable_total_metrics"));
        q.entities = filteredEntities(q, param.apply("filtering"), task);
        if (!task) {
            truncate(q);
            if (config.maxQueryRows() > 0 && q.totalRows() > config.maxQueryRows()) {
                throw new ApiError(ApiError.QUERY_TOO_LARGE, "The query is too large. Please narrow the time range"
                                                             + " or filter the objects.");
            }
        }
        return q;
    }

    /**
     * TikTok's synchronous report covers at most {@code adsLimit} ads, the newest (here: the highest ids); rows of
     * older ads are left out and their entities' figures shrink.
     */
    private void truncate(Query q) {
        long adsPer = data.adsPerEntity(q.level);
        if (config.adsLimit() <= 0 || q.entities.length * adsPer <= config.adsLimit()) {
            return;
        }
        long kept = 0;
        for (int i = q.entities.length - 1; i >= 0; i--) {
            if (kept + adsPer >= config.adsLimit()) {
                q.adCutoff = (q.entities[i] + 1) * adsPer - (config.adsLimit() - kept);
                q.entities = Arrays.copyOfRange(q.entities, i, q.entities.length);
                q.truncated = true;
                return;
            }
            kept += adsPer;
        }
    }

    /** Days of the range with delivery: none after the advertiser's own today (its account's time zone). */
    private List<LocalDate> daysWithDelivery(int advertiser, LocalDate start, LocalDate end) {
        LocalDate today = LocalDate.now(config.quirks().zone(advertiser));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end) && !day.isAfter(today); day = day.plusDays(1)) {
            if (data.hasDelivery(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private long[] filteredEntities(Query q, String filtering, boolean task) {
        long count = data.entitiesPerAdvertiser(q.level);
        Map<Level, Set<Long>> include = new LinkedHashMap<>();
        Map<Level, Set<Long>> exclude = new LinkedHashMap<>();
        // TikTok leaves deleted objects out of campaign, ad group and ad reports unless the level's status
        // filter asks for STATUS_ALL; advertiser figures include everything
        boolean deletedToo = q.level == Level.ADVERTISER;
        if (filtering != null) {
            JsonNode filters;
            try {
                filters = mapper.readTree(filtering);
            } catch (JsonProcessingException e) {
                throw ApiError.invalid("filtering: Not a valid JSON.");
            }
            if (filters == null || !filters.isArray()) {
                throw ApiError.invalid("filtering: Not a valid list.");
            }
            for (JsonNode filter : filters) {
                String field = filter.path("field_name").asText(null);
                String type = filter.path("filter_type").asText(null);
                String value = filter.path("filter_value").asText(null);
                if (field == null || type == null || value == null) {
                    throw ApiError.invalid("filtering: field_name, filter_type and filter_value are required.");
                }
                if (STATUS_FILTERS.contains(field)) {
                    if (task) {
                        throw ApiError.invalid("filtering: field_name " + field + " is not supported by report"
                                               + " tasks (campaign_ids, adgroup_ids, ad_ids, country_code).");
                    }
                    List<String> statuses = jsonArray(value, "filtering." + field);
                    if (!type.equals("IN") || statuses.isEmpty() || !Set.of("STATUS_ALL", "STATUS_NOT_DELETE")
                            .containsAll(statuses)) {
                        throw ApiError.invalid("filtering: " + field + " takes IN [\"STATUS_ALL\"] or"
                                               + " [\"STATUS_NOT_DELETE\"].");
                    }
                    if (field.equals(q.level.name().toLowerCase(java.util.Locale.ROOT) + "_status")
                            && statuses.contains("STATUS_ALL")) {
                        deletedToo = true;
                    }
                    continue;
                }
                Level filterLevel = ID_FILTERS.get(field);
                if (filterLevel == null) {
                    throw ApiError.invalid("filtering: field_name " + field + " is not supported by the simulator"
                                           + " (campaign_ids, adgroup_ids, ad_ids, *_status).");
                }
                if (filterLevel.ordinal() > q.level.ordinal()) {
                    throw ApiError.invalid("filtering: " + field + " needs data_level " + filterLevel
                                           + " or below in the simulator.");
                }
                if (!type.equals("IN") && !type.equals("NOT_IN")) {
                    throw ApiError.invalid("filtering: filter_type " + type + " is not supported for " + field + ".");
                }
                List<String> ids = jsonArray(value, "filtering." + field);
                if (ids.size() > 100) {
                    throw ApiError.invalid("filtering: " + field + " accepts at most 100 ids.");
                }
                Set<Long> globals = new HashSet<>();
                for (String id : ids) {
                    globals.add(data.globalIndexOf(filterLevel, id, q.advertiser));
                }
                (type.equals("IN") ? include : exclude).computeIfAbsent(filterLevel, l -> new HashSet<>())
                        .addAll(globals);
            }
        }
        long[] entities = new long[(int) count];
        int n = 0;
        for (long local = 0; local < count; local++) {
            long global = data.globalIndex(q.advertiser, q.level, local);
            if (matches(q.level, global, include, true) && matches(q.level, global, exclude, false)
                    && (deletedToo || !data.deleted(q.level, global))) {
                entities[n++] = global;
            }
        }
        return Arrays.copyOf(entities, n);
    }

    private boolean matches(Level level, long global, Map<Level, Set<Long>> filters, boolean include) {
        for (Map.Entry<Level, Set<Long>> filter : filters.entrySet()) {
            boolean contained = filter.getValue().contains(data.parent(level, global, filter.getKey()));
            if (contained != include) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole report as a report task's CSV file: a header of TikTok's field names (titles untranslated), then
     * one line per row; day labels are written as dates alone, as a CSV may (the component normalises them).
     */
    byte[] csv(Query q) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] order = q.orderField == null ? null : sortedRows(q);
        List<String> header = new ArrayList<>(q.dimensions);
        header.addAll(q.metrics);
        try (SequenceWriter csv = CSV.writer().writeValues(out)) {
            csv.write(header);
            long[] counts = new long[SyntheticData.COUNTS];
            List<String> line = new ArrayList<>(header.size());
            for (long i = 0; i < q.totalRows(); i++) {
                RowKey key = key(q, order == null ? i : order[(int) i]);
                counts(q, key, counts);
                line.clear();
                for (String dimension : q.dimensions) {
                    String value = dimensionValue(q, key, dimension);
                    // TikTok's known issue: report tasks give country_code as the country's name
                    line.add(dimension.equals("stat_time_day") ? value.substring(0, 10)
                            : dimension.equals("country_code") ? countryName(value) : value);
                }
                for (String metric : q.metrics) {
                    line.add(metricValue(q, key, metric, counts));
                }
                csv.write(line);
            }
        }
        return out.toByteArray();
    }

    private static final CsvMapper CSV = new CsvMapper();

    /** The English name of a country code, as TikTok's report tasks write it ("United States" for US). */
    static String countryName(String code) {
        return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    }

    /** Which time bucket, entity and breakdown bucket a row index stands for: time first, so rows come in date order. */
    record RowKey(int day, int hour, long entity, int[] buckets) {
    }

    RowKey key(Query q, long row) {
        long breakdowns = q.breakdownBuckets();
        long perTime = q.entities.length * breakdowns;
        long time = row / perTime;
        long rest = row % perTime;
        long entity = q.entities[(int) (rest / breakdowns)];
        long bucket = rest % breakdowns;
        int[] buckets = new int[q.breakdowns.size()];
        for (int i = q.breakdowns.size() - 1; i >= 0; i--) {
            int size = bucketValues(q.breakdowns.get(i)).size();
            buckets[i] = (int) (bucket % size);
            bucket /= size;
        }
        int day = q.hourly ? (int) (time / 24) : (int) time;
        int hour = q.hourly ? (int) (time % 24) : -1;
        return new RowKey(day, hour, entity, buckets);
    }

    void counts(Query q, RowKey key, long[] counts) {
        Arrays.fill(counts, 0);
        if (q.daily || q.hourly) {
            data.addDay(q.level, key.entity, q.days.get(key.day), counts, q.adCutoff);
            if (q.level == Level.ADVERTISER && config.quirks().levelLag()
                && q.days.get(key.day).equals(LocalDate.now(config.quirks().zone(q.advertiser)))) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = counts[i] * 9 / 10;
                }
            }
        } else {
            for (LocalDate day : q.days) {
                data.addDay(q.level, key.entity, day, counts, q.adCutoff);
            }
        }
        if (key.hour >= 0) {
            SyntheticData.toHour(counts, key.hour);
        }
        for (int i = 0; i < key.buckets.length; i++) {
            switch (q.breakdowns.get(i)) {
                case "gender" -> SyntheticData.toGender(counts, key.buckets[i]);
                case "age" -> SyntheticData.toAge(counts, key.buckets[i]);
                default -> SyntheticData.toCountry(counts, key.buckets[i]);
            }
        }
    }

    private static List<String> bucketValues(String breakdown) {
        return switch (breakdown) {
            case "gender" -> SyntheticData.GENDERS;
            case "age" -> SyntheticData.AGES;
            default -> SyntheticData.COUNTRIES;
        };
    }

    String dimensionValue(Query q, RowKey key, String dimension) {
        return switch (dimension) {
            case "stat_time_day" -> q.days.get(key.day) + " 00:00:00";
            case "stat_time_hour" -> q.days.get(key.day) + String.format(" %02d:00:00", key.hour);
            case "gender", "age", "country_code" ->
                    bucketValues(dimension).get(key.buckets[q.breakdowns.indexOf(dimension)]);
            case "advertiser_id" -> advertiserId(q);
            default -> data.id(q.level, key.entity);
        };
    }

    String metricValue(Query q, RowKey key, String metric, long[] c) {
        long impressions = c[SyntheticData.IMPRESSIONS];
        long clicks = c[SyntheticData.CLICKS];
        long conversions = c[SyntheticData.CONVERSIONS];
        long spend = c[SyntheticData.SPEND_CENTS];
        long reach = c[SyntheticData.REACH];
        return switch (metric) {
            case "spend", "billed_cost", "cash_spend" -> hundredths(spend);
            case "voucher_spend" -> "0.00";
            case "impressions" -> Long.toString(impressions);
            case "gross_impressions" -> Long.toString(impressions + impressions / 50);
            case "clicks" -> Long.toString(clicks);
            case "ctr" -> ratio(clicks * 100, impressions);
            case "cpc" -> ratio(spend, clicks * 100);
            case "cpm" -> ratio(spend * 10, impressions);
            case "reach" -> Long.toString(reach);
            case "frequency" -> ratio(impressions, reach);
            case "cost_per_1000_reached" -> ratio(spend * 10, reach);
            case "conversion", "real_time_conversion", "result" -> Long.toString(conversions);
            case "cost_per_conversion", "real_time_cost_per_conversion", "cost_per_result" -> ratio(spend, conversions * 100);
            case "conversion_rate", "result_rate" -> ratio(conversions * 100, clicks);
            case "secondary_goal_result" -> "-";
            case "video_play_actions" -> Long.toString(impressions * 3 / 5);
            case "video_watched_2s" -> Long.toString(impressions * 2 / 5);
            case "video_watched_6s" -> Long.toString(impressions / 5);
            case "likes" -> Long.toString(clicks / 2);
            case "comments" -> Long.toString(clicks / 20);
            case "shares" -> Long.toString(clicks / 25);
            case "follows" -> Long.toString(clicks / 30);
            case "profile_visits" -> Long.toString(clicks / 4);
            case "advertiser_name" -> data.name(Level.ADVERTISER, q.advertiser);
            case "currency" -> "USD";
            case "campaign_name" -> data.name(Level.CAMPAIGN, data.parent(q.level, key.entity, Level.CAMPAIGN));
            case "objective_type" -> "CONVERSIONS";
            case "campaign_budget" -> "500.00";
            case "adgroup_name" -> data.name(Level.ADGROUP, data.parent(q.level, key.entity, Level.ADGROUP));
            case "budget" -> "100.00";
            case "ad_name" -> data.name(Level.AD, key.entity);
            default -> "-";
        };
    }

    boolean isAttribute(String metric) {
        return ATTRIBUTE_METRICS.containsKey(metric);
    }

    String advertiserId(Query q) {
        return data.advertiserId(q.advertiser);
    }

    /** Rows sorted by the order field; TikTok sorts the whole report before paging. */
    long[] sortedRows(Query q) {
        long total = q.totalRows();
        double[] values = new double[(int) total];
        long[] counts = new long[SyntheticData.COUNTS];
        Long[] rows = new Long[(int) total];
        for (int i = 0; i < total; i++) {
            RowKey key = key(q, i);
            counts(q, key, counts);
            String value = metricValue(q, key, q.orderField, counts);
            values[i] = value.equals("-") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
            rows[i] = (long) i;
        }
        Comparator<Long> byValue = Comparator.comparingDouble(r -> values[(int) (long) r]);
        Arrays.sort(rows, q.descending ? byValue.reversed() : byValue);
        return Arrays.stream(rows).mapToLong(Long::longValue).toArray();
    }

    static String hundredths(long value) {
        long cents = value % 100;
        return (value / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    /** numerator / denominator with two decimals, rounded half up; 0.00 when the denominator is 0. */
    static String ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return "0.00";
        }
        return hundredths((numerator * 100 + denominator / 2) / denominator);
    }

    private List<String> jsonArray(String value, String field) {
        return jsonArray(mapper, value, field);
    }

    /** A query parameter holding a JSON array of strings, null when absent; TikTok's 40002 when it is not one. */
    static List<String> jsonArray(ObjectMapper mapper, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.readValue(value, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(field + ": Not a valid list.");
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null) {
            throw ApiError.invalid(field + ": Missing data for required field.");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(field + ": Not a valid date, expected YYYY-MM-DD.");
        }
    }

    static int integer(String value, int defaultValue, String field) {
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(field + ": Not a valid integer.");
        }
    }
}
