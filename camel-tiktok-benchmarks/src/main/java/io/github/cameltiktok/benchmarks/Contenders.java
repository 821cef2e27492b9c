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
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
     * (a) The practical limit: JDK HttpClient and Jackson's streaming parser, every row tokenized and counted,
     * nothing kept.
     */
    static long raw(Report report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JsonFactory json = new JsonFactory();
        long rows = 0;
        for (LocalDate[] chunk : report.chunks()) {
            int page = 1;
            int totalPage = 1;
            do {
                HttpRequest request = HttpRequest.newBuilder(
                        URI.create(report.baseUrl() + REPORT_PATH + "?" + report.query(chunk[0], chunk[1], page)))
                        .header("Access-Token", report.token()).GET().build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body(); JsonParser parser = json.createParser(body)) {
                    long code = -1;
                    JsonToken token;
                    while ((token = parser.nextToken()) != null) {
                        if (token != JsonToken.FIELD_NAME) {
                            continue;
                        }
                        switch (parser.currentName()) {
                            case "code" -> {
                                parser.nextToken();
                                code = parser.getLongValue();
                            }
                            case "total_page" -> {
                                parser.nextToken();
                                totalPage = parser.getIntValue();
                            }
                            case "list" -> {
                                parser.nextToken();
                                while (parser.nextToken() == JsonToken.START_OBJECT) {
                                    rows++;
                                    parser.skipChildren();
                                }
                            }
                            default -> {
                                // other fields are walked over token by token
                            }
                        }
                    }
                    if (code != 0) {
                        throw new IllegalStateException("TikTok answered code " + code);
                    }
                }
                page++;
            } while (page <= totalPage);
        }
        return rows;
    }

    /**
     * (b) What a Camel user writes without the component: camel-http, Jackson unmarshal into maps, a loop over the
     * 30-day chunks and the pages, and the rows made into what the component delivers (dimensions and metrics in
     * one map, numbers typed, TikTok's "-" as null) and collected into the report's list.
     */
    static long handwritten(Report report) throws Exception {
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
                                .process(e -> collectPage(e, rows))
                            .end()
                        .end();
                }
            });
            context.start();
            context.createProducerTemplate().sendBody("direct:report", report.chunks());
        }
        return rows.size();
    }

    @SuppressWarnings("unchecked")
    private static void collectPage(Exchange exchange, List<Map<String, Object>> rows) {
        Map<String, Object> envelope = exchange.getMessage().getBody(Map.class);
        if (((Number) envelope.get("code")).longValue() != 0) {
            throw new IllegalStateException("TikTok answered " + envelope.get("code") + ": " + envelope.get("message"));
        }
        Map<String, Object> data = (Map<String, Object>) envelope.get("data");
        for (Map<String, Object> item : (List<Map<String, Object>>) data.get("list")) {
            Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) item.get("dimensions"));
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
    static long componentProducer(Report report, String options) throws Exception {
        AtomicLong rows = new AtomicLong();
        try (CamelContext context = context(report)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:report").to(report.componentUri(options))
                            .process(e -> rows.addAndGet(e.getMessage().getBody(List.class).size()));
                }
            });
            context.start();
            context.createProducerTemplate().sendBody("direct:report", null);
        }
        return rows.get();
    }

    /**
     * (c) The component as a polling consumer: one poll of the report, rows counted in a processor (one exchange
     * with all rows, or one per row with {@code splitRows=true}).
     */
    static long componentConsumer(Report report, String options, long expectedRows) throws Exception {
        AtomicLong rows = new AtomicLong();
        try (CamelContext context = context(report)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(report.componentUri("repeatCount=1&initialDelay=0" + (options.isEmpty() ? "" : "&" + options)))
                            .process(e -> {
                                Object body = e.getMessage().getBody();
                                rows.addAndGet(body instanceof List<?> list ? list.size() : 1);
                            });
                }
            });
            context.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (rows.get() < expectedRows && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
        return rows.get();
    }

    /** A context whose component reads the simulator with no client-side rate limit, as the other contenders. */
    static CamelContext context(Report report) {
        CamelContext context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(report.baseUrl());
        component.getConfiguration().setAccessToken(report.token());
        component.setRequestsPerSecond(0);
        return context;
    }

    private static String json(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
