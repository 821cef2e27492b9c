/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltiktok.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private static final Set<String> NOT_AUDIENCE_METRICS = Set.of(
            "reach", "frequency", "cost_per_1000_reached", "secondary_goal_result", "video_play_actions",
            "video_watched_2s", "video_watched_6s");

    private final SyntheticData data;
    private final SimulatorConfig config;
    private final ObjectMapper mapper;
    private final ReportRows rows;
    private final ReportFilters filters;
    /** Report reads started (page 1 requests): open days move from one to the next. */
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

    /** @param data the simulator's data set, shared: an advertiser's authorisation is the same everywhere */
    ReportEngine(SimulatorConfig config, SyntheticData data, ObjectMapper mapper) {
        this.config = config;
        this.data = data;
        this.mapper = mapper;
        this.rows = new ReportRows(config, data);
        this.filters = new ReportFilters(data, mapper, config.quirks());
    }

    /** The values of the rows a query spans. */
    ReportRows rows() {
        return rows;
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
        /** The ads summed into the entities' figures (the filters'); null for all. */
        java.util.function.LongPredicate ads;
        /** The country_code buckets, after a country_code filter. */
        List<String> countries = SyntheticData.COUNTRIES;
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
        /** Which read of a report this is (a page 1 request starts one): open days move between reads. */
        long read;

        long timeBuckets() {
            return daily ? days.size() : hourly ? days.size() * 24L : days.isEmpty() ? 0 : 1;
        }

        long breakdownBuckets() {
            long buckets = 1;
            for (String b : breakdowns) {
                buckets *= ReportRows.bucketValues(this, b).size();
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
            if (config.quirks().other(OpenQuestion.BATCH_CUT_WITHOUT_HEADER)) {
                // the newest ads of the whole batch are kept, whoever's they are, and nothing says so
                long left = config.adsLimit();
                for (int i = queries.size() - 1; i >= 0; i--) {
                    left = cut(queries.get(i), left);
                }
            } else {
                queries.forEach(q -> q.truncated = true);
            }
        }
        if (config.maxQueryRows() > 0 && rows > config.maxQueryRows()) {
            throw new ApiError(ApiError.QUERY_TOO_LARGE, "The query is too large. Please narrow the time range"
                                                         + " or filter the objects.");
        }
        return queries;
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
            Level attributeLevel = ReportRows.ATTRIBUTE_METRICS.get(metric);
            if (attributeLevel == null && (!CatalogMetrics.isMetric(metric) || CatalogMetrics.CHANGE_LOG.contains(metric)
                                           && config.quirks().other(OpenQuestion.CHANGE_LOG_METRICS_REFUSED))) {
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
            LocalDate start = QueryParams.date(param.apply("start_date"), "start_date");
            LocalDate end = QueryParams.date(param.apply("end_date"), "end_date");
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
        if (q.orderField != null && (!q.metrics.contains(q.orderField) || ReportRows.ATTRIBUTE_METRICS.containsKey(q.orderField))) {
            throw ApiError.invalid("order_field: " + q.orderField + " is not a sortable metric of this request.");
        }

        q.page = task ? 1 : QueryParams.integer(param.apply("page"), 1, "page");
        q.read = q.page == 1 ? reads.incrementAndGet() : reads.get();
        q.pageSize = task ? MAX_PAGE_SIZE : QueryParams.integer(param.apply("page_size"), DEFAULT_PAGE_SIZE, "page_size");
        if (q.page < 1) {
            throw ApiError.invalid("page: Must be greater than or equal to 1.");
        }
        if (q.pageSize < 1 || q.pageSize > MAX_PAGE_SIZE) {
            throw ApiError.invalid("page_size: Must be between 1 and 1000.");
        }
        q.totalMetrics = !task && "true".equals(param.apply("enable_total_metrics"));
        filters.apply(q, param.apply("filtering"), task);
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
        if (config.adsLimit() > 0 && q.entities.length * data.adsPerEntity(q.level) > config.adsLimit()) {
            cut(q, config.adsLimit());
            q.truncated = true;
        }
    }

    /**
     * Keeps the newest {@code limit} ads of a query (all when it has fewer).
     *
     * @return how many of the limit are left for older ads
     */
    private long cut(Query q, long limit) {
        long adsPer = data.adsPerEntity(q.level);
        if (limit <= 0) {
            q.entities = new long[0];
            return 0;
        }
        long kept = 0;
        for (int i = q.entities.length - 1; i >= 0; i--) {
            if (kept + adsPer >= limit) {
                q.adCutoff = (q.entities[i] + 1) * adsPer - (limit - kept);
                q.entities = Arrays.copyOfRange(q.entities, i, q.entities.length);
                return 0;
            }
            kept += adsPer;
        }
        return limit - kept;
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

    private List<String> jsonArray(String value, String field) {
        return QueryParams.jsonArray(mapper, value, field);
    }
}
