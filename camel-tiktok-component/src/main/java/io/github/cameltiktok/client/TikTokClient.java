package io.github.cameltiktok.client;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to TikTok's Marketing API v1.3: synchronous reports (every page, every date chunk), the OAuth code exchange
 * and the advertiser list. No Camel types: the Camel endpoint, the simulator tests and the benchmarks use it alike.
 * <p>
 * Each page is parsed from the response stream with Jackson's streaming parser and handed to the listener only once
 * the whole page and its envelope were read with {@code code == 0}, so a failed or retried page never leaks rows.
 * Secrets travel in headers and bodies only, never in URLs that end up in messages.
 */
public final class TikTokClient {

    public static final String ACCESS_TOKEN_HEADER = "Access-Token";
    public static final String ADS_THROTTLE_HEADER = "X-Tt-Ads-Throttle";

    private static final Logger LOG = LoggerFactory.getLogger(TikTokClient.class);
    private static final String PLACEHOLDER = "-";

    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final Executor pageExecutor;

    public TikTokClient(CloseableHttpClient http, ObjectMapper mapper, String baseUrl, RetryPolicy retryPolicy) {
        this(http, mapper, baseUrl, retryPolicy, null, null);
    }

    /**
     * @param rateLimiter permits for every request, retries included; shared by all clients of one TikTok app so
     *                    that they stay under its QPS limit together. Null for no limit.
     * @param pageExecutor runs the requests for the next pages of a report while the current one is handed on
     *                     ({@value #PAGES_IN_FLIGHT} ahead); null to run them in the reading thread
     */
    public TikTokClient(CloseableHttpClient http, ObjectMapper mapper, String baseUrl, RetryPolicy retryPolicy,
                        RateLimiter rateLimiter, Executor pageExecutor) {
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.rateLimiter = rateLimiter;
        this.pageExecutor = pageExecutor != null ? pageExecutor : Runnable::run;
    }

    /** A limiter that spaces requests evenly, {@code requestsPerSecond} a second, without bursts after idle time. */
    public static RateLimiter rateLimiter(String name, double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be > 0");
        }
        // one permit per period: a burst allowance would let a queue of requests through at once, and TikTok
        // counts in one-second windows. The period is 1% longer than 1/rate so that network jitter cannot put one
        // request too many into one of TikTok's windows.
        return RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(Math.max(1, Math.round(1.01e9 / requestsPerSecond))))
                .timeoutDuration(Duration.ofDays(1))
                .build());
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Reads a whole report for one advertiser: the window split into the chunks TikTok allows for the time dimension,
     * each chunk read page by page until {@code total_page}. Rows reach the listener in date-chunk and page order.
     *
     * @param window the inclusive days to report, or null for a lifetime report
     */
    public ReportResult fetchReport(String accessToken, ReportRequest request, String advertiserId, DateWindow window,
                                    RowListener listener) {
        List<DateWindow> chunks = chunks(request, window);
        ReportResult result = null;
        for (int i = 0; i < chunks.size(); i++) {
            result = ReportResult.combine(result,
                    fetchChunk(accessToken, request, advertiserId, chunks.get(i), i == chunks.size() - 1, listener));
        }
        return result;
    }

    /** The requests a window takes: TikTok's date-span limit for the report's time dimension; one for lifetime. */
    public static List<DateWindow> chunks(ReportRequest request, DateWindow window) {
        return window == null || request.queryLifetime()
                ? Collections.singletonList(null)
                : TikTokReportCatalog.chunks(window, request.dimensions());
    }

    /**
     * Reads every page of one chunk of {@link #chunks}, in order.
     *
     * @param lastChunk whether this is the report's last chunk, so that the listener learns of its last page
     */
    public ReportResult fetchChunk(String accessToken, ReportRequest request, String advertiserId, DateWindow chunk,
                                   boolean lastChunk, RowListener listener) {
        ReportPage first = fetchPage(accessToken, request, advertiserId, chunk, 1);
        ChunkProgress progress = new ChunkProgress(first);
        if (!progress.deliver(first, 1, advertiserId, lastChunk, listener)) {
            return progress.result();
        }
        int totalPage = first.totalPage;
        // total_page is known now: keep the next pages requested while this thread hands one on, so that TikTok
        // prepares one page while the last one is read; pages still reach the listener in order (without a page
        // executor the same requests run in this thread)
        Deque<Future<ReportPage>> inFlight = new ArrayDeque<>(PAGES_IN_FLIGHT);
        int nextPage = 2;
        try {
            while (nextPage <= totalPage && inFlight.size() < PAGES_IN_FLIGHT) {
                inFlight.add(requestPage(accessToken, request, advertiserId, chunk, nextPage++));
            }
            for (int page = 2; !inFlight.isEmpty(); page++) {
                ReportPage next = await(inFlight.poll());
                if (nextPage <= totalPage) {
                    inFlight.add(requestPage(accessToken, request, advertiserId, chunk, nextPage++));
                }
                if (!progress.deliver(next, page, advertiserId, lastChunk, listener)) {
                    break;
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        return progress.result();
    }

    /** Pages of one chunk requested ahead of the one being handed on; a page executor needs as many threads. */
    public static final int PAGES_IN_FLIGHT = 2;

    private Future<ReportPage> requestPage(String accessToken, ReportRequest request, String advertiserId,
                                           DateWindow chunk, int page) {
        FutureTask<ReportPage> task = new FutureTask<>(() -> fetchPage(accessToken, request, advertiserId, chunk, page));
        pageExecutor.execute(task);
        return task;
    }

    /**
     * The result of a read running on another thread; its failure is rethrown as it happened (a
     * {@link TikTokApiException} stays one), so callers see the same errors as from a read on their own thread.
     */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TikTokApiException("Reading the report failed: " + e.getCause(), TikTokApiException.NO_CODE,
                    null, null, 0, false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikTokApiException("Interrupted while reading the report", TikTokApiException.NO_CODE, null,
                    null, 0, false, e);
        } catch (CancellationException e) {
            throw new TikTokApiException("The report read was cancelled", TikTokApiException.NO_CODE, null, null, 0,
                    false, e);
        }
    }

    private ReportPage fetchPage(String accessToken, ReportRequest request, String advertiserId, DateWindow chunk,
                                 int page) {
        URI uri = reportUri(request, advertiserId, chunk, page);
        int fields = request.dimensions().size() + request.metrics().size() + 1;
        ReportPage result = execute(new HttpGet(uri), accessToken,
                response -> readReportPage(response, accessToken, fields));
        if (result.adsThrottle != null) {
            LOG.warn("TikTok truncated the report for advertiser {} ({}): {}", advertiserId, chunk,
                    result.adsThrottle);
        }
        return result;
    }

    /** What the pages of one chunk said, besides their rows. */
    private static final class ChunkProgress {
        private final long totalNumber;
        private String requestId;
        private String adsThrottle;
        private Map<String, Object> totalMetrics;
        private int pages;

        ChunkProgress(ReportPage first) {
            this.totalNumber = first.totalNumber;
        }

        /** Hands a page's rows on; false when the page was empty (TikTok has no more rows). */
        boolean deliver(ReportPage page, int number, String advertiserId, boolean lastChunk, RowListener listener) {
            pages++;
            requestId = page.requestId;
            if (page.totalMetrics != null) {
                totalMetrics = page.totalMetrics;
            }
            if (page.adsThrottle != null) {
                adsThrottle = page.adsThrottle;
            }
            if (page.rows.isEmpty()) {
                return false;
            }
            listener.onPage(advertiserId, page.rows, page.requestId, lastChunk && number >= page.totalPage);
            return true;
        }

        ReportResult result() {
            return new ReportResult(requestId, totalNumber, pages, totalMetrics, adsThrottle);
        }
    }

    /** Exchanges a one-time auth code of the "Connect with TikTok" flow for a long-lived access token. */
    public AccessTokenGrant exchangeAuthCode(String appId, String appSecret, String authCode) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("app_id", appId);
        body.put("secret", appSecret);
        body.put("auth_code", authCode);
        HttpPost post = new HttpPost(uri(TikTokReportCatalog.ACCESS_TOKEN_PATH, Map.of()));
        try {
            post.setEntity(new StringEntity(mapper.writeValueAsString(body), ContentType.APPLICATION_JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode the OAuth request", e);
        }
        JsonNode data = execute(post, null, response -> readEnvelope(response, appSecret, authCode));
        String token = data.path("access_token").asText(null);
        if (token == null || token.isEmpty()) {
            throw new TikTokApiException("TikTok's OAuth answer carries no access_token", TikTokApiException.NO_CODE,
                    null, null, 200, false, null);
        }
        return new AccessTokenGrant(token, texts(data.path("advertiser_ids")), texts(data.path("scope")));
    }

    /** The advertisers ({@code advertiser_id}, {@code advertiser_name}) that a token of this app may read. */
    public List<Map<String, String>> listAdvertisers(String accessToken, String appId, String appSecret) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_id", appId);
        query.put("secret", appSecret);
        HttpGet get = new HttpGet(uri(TikTokReportCatalog.ADVERTISER_LIST_PATH, query));
        JsonNode data = execute(get, accessToken, response -> readEnvelope(response, accessToken, appSecret));
        List<Map<String, String>> advertisers = new ArrayList<>();
        for (JsonNode item : data.path("list")) {
            Map<String, String> advertiser = new LinkedHashMap<>();
            item.fields().forEachRemaining(e -> advertiser.put(e.getKey(), e.getValue().asText()));
            advertisers.add(advertiser);
        }
        return advertisers;
    }

    /** The query of one report page: arrays as JSON text, every value percent-encoded by the URI builder. */
    URI reportUri(ReportRequest request, String advertiserId, DateWindow chunk, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiserId);
        query.put("service_type", request.serviceType());
        query.put("report_type", request.reportType());
        if (request.dataLevel() != null) {
            query.put("data_level", request.dataLevel());
        }
        query.put("dimensions", json(request.dimensions()));
        if (!request.metrics().isEmpty()) {
            query.put("metrics", json(request.metrics()));
        }
        if (request.filtering() != null) {
            query.put("filtering", request.filtering());
        }
        if (request.orderField() != null) {
            query.put("order_field", request.orderField());
            query.put("order_type", request.orderType());
        }
        if (request.queryLifetime()) {
            query.put("query_lifetime", "true");
        } else if (chunk != null) {
            query.put("start_date", chunk.start().toString());
            query.put("end_date", chunk.end().toString());
        }
        if (request.enableTotalMetrics()) {
            query.put("enable_total_metrics", "true");
        }
        query.putAll(request.extraParameters());
        query.put("page", Integer.toString(page));
        query.put("page_size", Integer.toString(request.pageSize()));
        return uri(TikTokReportCatalog.REPORT_PATH, query);
    }

    private URI uri(String path, Map<String, String> query) {
        try {
            URIBuilder builder = new URIBuilder(baseUrl + path);
            query.forEach(builder::addParameter);
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid baseUrl: " + baseUrl, e);
        }
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ResponseReader<T> {
        T read(ClassicHttpResponse response) throws IOException;
    }

    /** Sends a request under the retry policy; every failure surfaces as a {@link TikTokApiException}. */
    private <T> T execute(HttpUriRequestBase request, String accessToken, ResponseReader<T> reader) {
        if (accessToken != null) {
            request.setHeader(ACCESS_TOKEN_HEADER, accessToken);
        }
        String what = request.getMethod() + " " + request.getPath().replaceFirst("\\?.*", "");
        for (int attempt = 0;; attempt++) {
            TikTokApiException failure;
            acquirePermit(what);
            try {
                return http.execute(request, reader::read);
            } catch (TikTokApiException e) {
                failure = e;
            } catch (IOException e) {
                // connection refused or reset, timeouts, truncated or malformed bodies: transient by nature
                failure = new TikTokApiException(what + " failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + redact(e.getMessage(), accessToken)),
                        TikTokApiException.NO_CODE, null, null, 0, true, null);
            }
            if (!failure.isRetryable() || attempt >= retryPolicy.maxRetries()) {
                throw failure;
            }
            long delay = retryPolicy.delayMillis(attempt + 1);
            LOG.debug("{} failed ({}); retry {} of {} in {} ms", what, failure.getMessage(), attempt + 1,
                    retryPolicy.maxRetries(), delay);
            sleep(delay);
        }
    }

    private void acquirePermit(String what) {
        if (rateLimiter != null && !rateLimiter.acquirePermission()) {
            throw new TikTokApiException(what + ": no request permit from the rate limiter"
                    + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""), TikTokApiException.NO_CODE,
                    null, null, 0, false, null);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikTokApiException("Interrupted while waiting to retry", TikTokApiException.NO_CODE, null, null,
                    0, false, e);
        }
    }

    /** One report page as read from the stream. */
    private static final class ReportPage {
        final List<Map<String, Object>> rows = new ArrayList<>();
        String requestId;
        long totalNumber;
        int totalPage;
        Map<String, Object> totalMetrics;
        String adsThrottle;
    }

    /** @param fields how many values a row holds, so that its map is sized once */
    private ReportPage readReportPage(ClassicHttpResponse response, String accessToken, int fields)
            throws IOException {
        checkHttpStatus(response);
        ReportPage page = new ReportPage();
        Header throttle = response.getFirstHeader(ADS_THROTTLE_HEADER);
        if (throttle != null && !throttle.getValue().isBlank()) {
            page.adsThrottle = throttle.getValue();
        }
        long code = TikTokApiException.NO_CODE;
        String message = null;
        try (InputStream in = response.getEntity().getContent(); JsonParser parser = mapper.createParser(in)) {
            expect(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "code" -> code = parser.getValueAsLong(TikTokApiException.NO_CODE);
                    case "message" -> message = parser.getValueAsString();
                    case "request_id" -> page.requestId = parser.getValueAsString();
                    case "data" -> readReportData(parser, page, fields);
                    default -> parser.skipChildren();
                }
            }
        }
        checkCode(code, message, page.requestId, accessToken);
        return page;
    }

    private void readReportData(JsonParser parser, ReportPage page, int fields) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "list" -> {
                    if (token == JsonToken.START_ARRAY) {
                        RowReader rows = new RowReader(fields);
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            page.rows.add(rows.read(parser));
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                case "page_info" -> readPageInfo(parser, page);
                case "total_metrics" -> {
                    if (token == JsonToken.START_OBJECT) {
                        page.totalMetrics = new LinkedHashMap<>();
                        readValues(parser, page.totalMetrics, true);
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    private static void readPageInfo(JsonParser parser, ReportPage page) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "total_number" -> page.totalNumber = parser.getValueAsLong();
                case "total_page" -> page.totalPage = parser.getValueAsInt();
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * Reads the list items {@code {"dimensions": {...}, "metrics": {...}}} of one page, each flattened into a
     * {@link ReportRow}; rows with the same fields as the one before share its names.
     */
    private final class RowReader {
        private String[] names;
        private Object[] values;
        private String[] lastNames = new String[0];

        RowReader(int fields) {
            names = new String[fields];
            values = new Object[fields];
        }

        ReportRow read(JsonParser parser) throws IOException {
            int size = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                boolean metrics = "metrics".equals(field);
                if (token == JsonToken.START_OBJECT && (metrics || "dimensions".equals(field))) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        size = add(size, name, readValue(parser, name, metrics));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            String[] rowNames = sameAsLast(size) ? lastNames : Arrays.copyOf(names, size);
            lastNames = rowNames;
            return new ReportRow(rowNames, Arrays.copyOf(values, size), size);
        }

        /** A name seen twice in one item (in dimensions and metrics) keeps its place and takes the later value. */
        private int add(int size, String name, Object value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return size;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2 + 1);
                values = Arrays.copyOf(values, names.length);
            }
            names[size] = name;
            values[size] = value;
            return size + 1;
        }

        private boolean sameAsLast(int size) {
            if (lastNames.length != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                // Jackson hands out canonical field names: the same name is usually the same String
                if (lastNames[i] != names[i] && !lastNames[i].equals(names[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private void readValues(JsonParser parser, Map<String, Object> target, boolean metrics) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            target.put(name, readValue(parser, name, metrics));
        }
    }

    /** A value as the contract types it: numbers for numeric metrics, strings for dimensions and names. */
    private Object readValue(JsonParser parser, String name, boolean metrics) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> metrics && !TikTokReportCatalog.isAttributeMetric(name)
                    ? MetricValues.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
                    : MetricValues.text(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigDecimal(parser.getBigIntegerValue()) : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            case VALUE_NULL -> null;
            default -> mapper.readValue(parser, Object.class);
        };
    }

    /** Reads a small envelope whole and returns its {@code data}; used by the OAuth endpoints. */
    private JsonNode readEnvelope(ClassicHttpResponse response, String... secrets) throws IOException {
        checkHttpStatus(response);
        JsonNode root;
        try (InputStream in = response.getEntity().getContent()) {
            root = mapper.readTree(in);
        }
        if (root == null || !root.isObject()) {
            throw new JsonParseFailure("TikTok's answer is not a JSON object");
        }
        String requestId = root.path("request_id").asText(null);
        checkCode(root.path("code").asLong(TikTokApiException.NO_CODE), root.path("message").asText(null), requestId,
                secrets);
        return root.path("data");
    }

    private static void checkHttpStatus(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status != 200) {
            HttpEntity entity = response.getEntity();
            EntityUtils.consume(entity);
            throw new TikTokApiException("TikTok answered HTTP " + status + " " + response.getReasonPhrase(),
                    TikTokApiException.NO_CODE, null, null, status, TikTokErrorCodes.isRetryableHttpStatus(status),
                    null);
        }
    }

    private static void checkCode(long code, String message, String requestId, String... secrets) {
        if (code == TikTokErrorCodes.OK) {
            return;
        }
        if (code == TikTokErrorCodes.PARTIAL_SUCCESS) {
            LOG.warn("TikTok answered partial success (request_id {}): {}", requestId, redact(message, secrets));
            return;
        }
        String apiMessage = redact(message, secrets);
        throw new TikTokApiException(
                "TikTok API error " + code + ": " + apiMessage + " (request_id " + requestId + ")",
                code, apiMessage, requestId, 200, TikTokErrorCodes.isRetryable(code), null);
    }

    private static void expect(JsonParser parser, JsonToken expected) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != expected) {
            throw new JsonParseFailure("expected " + expected + " in TikTok's answer but found " + token);
        }
    }

    /** A body that is not the JSON TikTok sends (a gateway page, a cut-off stream): retried like other I/O errors. */
    private static final class JsonParseFailure extends IOException {
        JsonParseFailure(String message) {
            super(message);
        }
    }

    /** Removes secrets from text that may echo them (error messages of servers and proxies). */
    static String redact(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, "xxxxxx");
            }
        }
        return result;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array) {
            values.add(node.isValueNode() ? node.asText() : node.toString());
        }
        return values;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
