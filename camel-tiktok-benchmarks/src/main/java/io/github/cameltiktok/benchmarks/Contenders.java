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
package io.github.cameltiktok.benchmarks;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameltiktok.TikTokReportComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The ways to read one report, each counting the rows it got: all read the same report from the same simulator.
 */
final class Contenders {

    static final String REPORT_PATH = "/open_api/v1.3/report/integrated/get/";
    static final List<String> DIMENSIONS = List.of("adgroup_id", "stat_time_day");
    /** The metrics of the adgroup-summary preset. */
    static final List<String> METRICS = List.of("spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversion",
            "cost_per_conversion");
    static final int PAGE_SIZE = 1000;
    /** TikTok's longest window for a daily report. */
    static final int MAX_DAYS = 30;

    /** One report: where, whose, which days. */
    record Report(String baseUrl, String token, String advertiserId, LocalDate start, LocalDate end) {

        String componentUri(String options) {
            return "tiktok-report:adgroup-summary?advertiserId=" + advertiserId + "&startDate=" + start + "&endDate="
                   + end + (options.isEmpty() ? "" : "&" + options);
        }

        /** The 30-day chunks, as a hand-written client must compute them too. */
        List<LocalDate[]> chunks() {
            List<LocalDate[]> chunks = new ArrayList<>();
            for (LocalDate from = start; !from.isAfter(end); from = from.plusDays(MAX_DAYS)) {
                LocalDate to = from.plusDays(MAX_DAYS - 1);
                chunks.add(new LocalDate[] { from, to.isAfter(end) ? end : to });
            }
            return chunks;
        }

        /** The query of one page, percent-encoded, arrays as JSON. */
        String query(LocalDate from, LocalDate to, int page) {
            return "advertiser_id=" + advertiserId + "&service_type=AUCTION&report_type=BASIC"
                   + "&data_level=AUCTION_ADGROUP&dimensions=" + encode(json(DIMENSIONS)) + "&metrics="
                   + encode(json(METRICS)) + "&start_date=" + from + "&end_date=" + to + "&page=" + page
                   + "&page_size=" + PAGE_SIZE;
        }
    }

    private Contenders() {
    }

    /**
     * (a) A typed hand-made client, sequential: JDK HttpClient and Jackson's streaming parser, every row typed as the
     * component types it and folded into the digest, nothing kept.
     */
    static RowDigest rawTyped(Report report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        RowDigest digest = new RowDigest();
        for (LocalDate[] chunk : report.chunks()) {
            int totalPage = 1;
            for (int page = 1; page <= totalPage; page++) {
                HttpResponse<InputStream> response = http.send(request(report, chunk, page),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    totalPage = TypedPages.read(body, digest, report.advertiserId());
                }
            }
        }
        return digest;
    }

    /**
     * (a') The same, with as many pages requested ahead as the component keeps ({@link
     * io.github.cameltiktok.client.read.SyncReportPager.PAGES_IN_FLIGHT}), still handled in order.
     */
    static RowDigest rawPipelined(Report report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        RowDigest digest = new RowDigest();
        int ahead = io.github.cameltiktok.client.read.SyncReportPager.PAGES_IN_FLIGHT;
        for (LocalDate[] chunk : report.chunks()) {
            int totalPage;
            try (InputStream body = http.send(request(report, chunk, 1), HttpResponse.BodyHandlers.ofInputStream())
                    .body()) {
                totalPage = TypedPages.read(body, digest, report.advertiserId());
            }
            java.util.ArrayDeque<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> inFlight
                    = new java.util.ArrayDeque<>();
            int next = 2;
            while (next <= totalPage && inFlight.size() < ahead) {
                inFlight.add(http.sendAsync(request(report, chunk, next++), HttpResponse.BodyHandlers.ofByteArray()));
            }
            while (!inFlight.isEmpty()) {
                byte[] body = inFlight.poll().join().body();
                if (next <= totalPage) {
                    inFlight.add(http.sendAsync(request(report, chunk, next++),
                            HttpResponse.BodyHandlers.ofByteArray()));
                }
                TypedPages.read(new java.io.ByteArrayInputStream(body), digest, report.advertiserId());
            }
        }
        return digest;
    }

    /** Every page of the report, fetched once and kept: the input of the parse-only floor. */
    static List<byte[]> pages(Report report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<byte[]> pages = new ArrayList<>();
        for (LocalDate[] chunk : report.chunks()) {
            int totalPage = 1;
            for (int page = 1; page <= totalPage; page++) {
                byte[] body = http.send(request(report, chunk, page), HttpResponse.BodyHandlers.ofByteArray()).body();
                totalPage = TypedPages.read(new java.io.ByteArrayInputStream(body), new RowDigest(),
                        report.advertiserId());
                pages.add(body);
            }
        }
        return pages;
    }

    /** (p) The floor: the same pages, already in memory, parsed and typed; no HTTP at all. */
    static RowDigest parseOnly(List<byte[]> pages, String advertiserId) throws Exception {
        RowDigest digest = new RowDigest();
        for (byte[] page : pages) {
            TypedPages.read(new java.io.ByteArrayInputStream(page), digest, advertiserId);
        }
        return digest;
    }

    private static HttpRequest request(Report report, LocalDate[] chunk, int page) {
        return HttpRequest.newBuilder(URI.create(report.baseUrl() + REPORT_PATH + "?"
                                                 + report.query(chunk[0], chunk[1], page)))
                .header("Access-Token", report.token()).GET().build();
    }

    /**
     * (b) What a Camel user writes without the component: camel-http, Jackson unmarshal into maps, a loop over the
     * 30-day chunks and the pages, and the rows made into what the component delivers (dimensions and metrics in
     * one map, numbers typed, TikTok's "-" as null) and collected into the report's list.
     */
    static RowDigest handwritten(Report report) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:report")
                        .split(body()).stopOnException()
                            .setProperty("chunk", body())
                            .setProperty("page", constant(1))
                            .setProperty("totalPage", constant(1))
                            .loopDoWhile(simple("${exchangeProperty.page} <= ${exchangeProperty.totalPage}"))
                                .process(e -> {
                                    LocalDate[] chunk = e.getProperty("chunk", LocalDate[].class);
                                    e.getMessage().setHeader(Exchange.HTTP_QUERY, report.query(chunk[0], chunk[1],
                                            e.getProperty("page", Integer.class)));
                                    e.getMessage().setHeader("Access-Token", report.token());
                                })
                                .to(report.baseUrl() + REPORT_PATH)
                                .unmarshal().json(JsonLibrary.Jackson, Map.class)
                                .process(e -> collectPage(e, rows, report.advertiserId()))
                            .end()
                        .end();
                }
            });
            context.start();
            context.createProducerTemplate().sendBody("direct:report", report.chunks());
        }
        RowDigest digest = new RowDigest();
        rows.forEach(digest::add);
        return digest;
    }

    @SuppressWarnings("unchecked")
    private static void collectPage(Exchange exchange, List<Map<String, Object>> rows, String advertiserId) {
        Map<String, Object> envelope = exchange.getMessage().getBody(Map.class);
        if (((Number) envelope.get("code")).longValue() != 0) {
            throw new IllegalStateException("TikTok answered " + envelope.get("code") + ": " + envelope.get("message"));
        }
        Map<String, Object> data = (Map<String, Object>) envelope.get("data");
        for (Map<String, Object> item : (List<Map<String, Object>>) data.get("list")) {
            // the advertiser's id first, as the component's rows carry it
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("advertiser_id", advertiserId);
            row.putAll((Map<String, Object>) item.get("dimensions"));
            ((Map<String, Object>) item.get("metrics")).forEach((name, value) -> {
                String text = (String) value;
                row.put(name, "-".equals(text) ? null
                        : text.indexOf('.') >= 0 ? new BigDecimal(text) : (Object) Long.parseLong(text));
            });
            rows.add(row);
        }
        Map<String, Object> pageInfo = (Map<String, Object>) data.get("page_info");
        exchange.setProperty("totalPage", ((Number) pageInfo.get("total_page")).intValue());
        exchange.setProperty("page", exchange.getProperty("page", Integer.class) + 1);
    }

    /** (c) The component as a producer: the body is the report's rows, counted in a processor. */
    @SuppressWarnings("unchecked")
    static RowDigest componentProducer(Report report, String options) throws Exception {
        RowDigest digest = new RowDigest();
        try (CamelContext context = context(report)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:report").to(report.componentUri(options))
                            .process(e -> ((List<Map<String, Object>>) e.getMessage().getBody(List.class))
                                    .forEach(digest::add));
                }
            });
            context.start();
            context.createProducerTemplate().sendBody("direct:report", null);
        }
        return digest;
    }

    /**
     * (c) The component as a polling consumer: one poll of the report, rows counted in a processor (one exchange
     * with all rows, or one per row with {@code splitRows=true}).
     */
    static RowDigest componentConsumer(Report report, String options, long expectedRows) throws Exception {
        return componentConsumer(report, options, expectedRows, rows -> { });
    }

    /** The same, telling {@code progress} the rows delivered so far after each exchange. */
    @SuppressWarnings("unchecked")
    static RowDigest componentConsumer(Report report, String options, long expectedRows,
                                       java.util.function.LongConsumer progress) throws Exception {
        RowDigest digest = new RowDigest();
        try (CamelContext context = context(report)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(report.componentUri("repeatCount=1&initialDelay=0" + (options.isEmpty() ? "" : "&" + options)))
                            .process(e -> {
                                Object body = e.getMessage().getBody();
                                if (body instanceof List<?> list) {
                                    ((List<Map<String, Object>>) list).forEach(digest::add);
                                } else {
                                    digest.add((Map<String, Object>) body);
                                }
                                progress.accept(digest.rows());
                            });
                }
            });
            context.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (digest.rows() < expectedRows && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
        return digest;
    }

    /**
     * A context whose component reads the simulator with no client-side rate limit, as the other contenders, and
     * TikTok's default view of campaigns in one request, as they do (counting TopView and Promote campaigns reads
     * them apart: two more requests per advertiser window; the accounts here have none).
     */
    static CamelContext context(Report report) {
        CamelContext context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(report.baseUrl());
        component.getConfiguration().setAccessToken(report.token());
        tiktokDefaultView(component);
        component.setRequestsPerSecond(0);
        return context;
    }

    /** TikTok's default view: the campaigns its synchronous reports hold without a filter. */
    static void tiktokDefaultView(TikTokReportComponent component) {
        component.getConfiguration().setBuyingTypes("AUCTION,RESERVATION_RF");
        component.getConfiguration().setCampaignOrigins("TT_ADS_PLATFORM");
    }

    private static String json(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
