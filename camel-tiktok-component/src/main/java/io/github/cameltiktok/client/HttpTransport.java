package io.github.cameltiktok.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to TikTok's API: builds the URL, adds the access token, takes a permit from the app's rate limiter,
 * retries what may succeed later under one {@link RetryPolicy}, and turns TikTok's envelope errors into
 * {@link TikTokApiException}s whose messages never hold a secret. Knows nothing of reports.
 */
public final class HttpTransport {

    public static final String ACCESS_TOKEN_HEADER = "Access-Token";

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final Supplier<String> accessToken;
    /** The token last sent, for redaction: asking the supplier there could start an OAuth exchange. */
    private volatile String lastToken;

    /**
     * @param rateLimiter permits for every request, retries included; shared by all transports of one TikTok app so
     *                    that they stay under its QPS limit together. Null for no limit.
     * @param accessToken the token of authenticated requests, asked for on each request (it may be obtained lazily)
     */
    public HttpTransport(CloseableHttpClient http, ObjectMapper mapper, String baseUrl, RetryPolicy retryPolicy,
                         RateLimiter rateLimiter, Supplier<String> accessToken) {
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        String url = Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.rateLimiter = rateLimiter;
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
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

    ObjectMapper mapper() {
        return mapper;
    }

    /** Reads the answer of a request; may throw {@link TikTokApiException} for an error in TikTok's envelope. */
    @FunctionalInterface
    public interface ResponseReader<T> {
        T read(ClassicHttpResponse response) throws IOException;
    }

    /** An authenticated GET; every value of {@code query} is percent-encoded. */
    public <T> T get(String path, Map<String, String> query, ResponseReader<T> reader) {
        return execute(new HttpGet(uri(path, query)), true, null, true, reader);
    }

    /** An authenticated GET whose answer is a small envelope: its {@code data}. */
    public JsonNode getData(String path, Map<String, String> query) {
        return get(path, query, this::readData);
    }

    /** An authenticated GET whose query carries secrets of its own (the app secret), redacted from errors. */
    public JsonNode getData(String path, Map<String, String> query, String... secrets) {
        return execute(new HttpGet(uri(path, query)), true, null, true, r -> readData(r, secrets));
    }

    /**
     * An authenticated POST of a JSON body; its {@code data}.
     *
     * @param extraLimiter a second limiter for endpoints with a lower limit of their own (task creation), or null
     */
    public JsonNode postData(String path, Object body, RateLimiter extraLimiter) {
        return execute(post(path, body), true, extraLimiter, true, this::readData);
    }

    /**
     * A POST without the access token that must not reach TikTok twice (the OAuth exchange of a single-use code):
     * retried only when it surely was not processed — the connection could not be opened, or TikTok throttled it.
     */
    public JsonNode postDataOnce(String path, Object body, String... secrets) {
        return execute(post(path, body), false, null, false, r -> readData(r, secrets));
    }

    private HttpPost post(String path, Object body) {
        HttpPost post = new HttpPost(uri(path, Map.of()));
        try {
            post.setEntity(new StringEntity(mapper.writeValueAsString(body), ContentType.APPLICATION_JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode the request body of " + path, e);
        }
        return post;
    }

    /** A value as JSON text, as TikTok wants arrays and objects in query strings. */
    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + value + " as JSON", e);
        }
    }

    /** The URL of a path under the base URL with the given query. */
    public URI uri(String path, Map<String, String> query) {
        try {
            URIBuilder builder = new URIBuilder(baseUrl + path);
            query.forEach(builder::addParameter);
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid baseUrl: " + baseUrl, e);
        }
    }

    /** Sends a request under the retry policy; every failure surfaces as a {@link TikTokApiException}. */
    private <T> T execute(HttpUriRequestBase request, boolean authenticated, RateLimiter extraLimiter,
                          boolean idempotent, ResponseReader<T> reader) {
        if (authenticated) {
            String token = accessToken.get();
            lastToken = token;
            request.setHeader(ACCESS_TOKEN_HEADER, token);
        }
        String what = request.getMethod() + " " + request.getPath().replaceFirst("\\?.*", "");
        int maxRetries = retryPolicy.maxRetries();
        for (int attempt = 0;; attempt++) {
            TikTokApiException failure;
            acquire(extraLimiter, what);
            acquire(rateLimiter, what);
            try {
                return http.execute(request, reader::read);
            } catch (TikTokApiException e) {
                failure = e;
            } catch (IOException e) {
                // connection refused or reset, timeouts, truncated or malformed bodies: transient by nature
                failure = new TikTokApiException(what + " failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + redact(e.getMessage())),
                        TikTokApiException.NO_CODE, null, null, 0, idempotent || notSent(e), null);
            }
            boolean retryable = failure.isRetryable()
                    && (idempotent || failure.getCode() == TikTokErrorCodes.TOO_MANY_REQUESTS
                        || failure.getHttpStatus() == 0);
            if (!retryable || attempt >= maxRetries) {
                throw failure;
            }
            long delay = retryPolicy.delayMillis(attempt + 1);
            LOG.debug("{} failed ({}); retry {} of {} in {} ms", what, failure.getMessage(), attempt + 1, maxRetries,
                    delay);
            sleep(delay);
        }
    }

    /** The request surely never reached TikTok: no connection was made. */
    private static boolean notSent(IOException e) {
        return e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException
               || e instanceof org.apache.hc.client5.http.ConnectTimeoutException;
    }

    private static void acquire(RateLimiter limiter, String what) {
        if (limiter != null && !limiter.acquirePermission()) {
            throw new TikTokApiException(what + ": no request permit from the rate limiter"
                    + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""), TikTokApiException.NO_CODE,
                    null, null, 0, false, null);
        }
    }

    /** Waits, turning an interrupt (a stopping route) into a failure of the read. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikTokApiException("Interrupted while waiting for TikTok", TikTokApiException.NO_CODE, null,
                    null, 0, false, e);
        }
    }

    /** Reads a small envelope whole and returns its {@code data}. */
    private JsonNode readData(ClassicHttpResponse response, String... secrets) throws IOException {
        checkHttpStatus(response);
        JsonNode root;
        try (InputStream in = response.getEntity().getContent()) {
            root = mapper.readTree(in);
        }
        if (root == null || !root.isObject()) {
            throw new JsonParseFailure("TikTok's answer is not a JSON object");
        }
        checkCode(root.path("code").asLong(TikTokApiException.NO_CODE), root.path("message").asText(null),
                root.path("request_id").asText(null), secrets);
        return root.path("data");
    }

    /** A non-200 answer never reached TikTok's API logic: a gateway or routing fault. */
    static void checkHttpStatus(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status != 200) {
            EntityUtils.consume(response.getEntity());
            throw new TikTokApiException("TikTok answered HTTP " + status + " " + response.getReasonPhrase(),
                    TikTokApiException.NO_CODE, null, null, status, TikTokErrorCodes.isRetryableHttpStatus(status),
                    null);
        }
    }

    /** Success is {@code code == 0} (TikTok answers errors with HTTP 200); anything else throws, redacted. */
    void checkCode(long code, String message, String requestId, String... secrets) {
        if (code == TikTokErrorCodes.OK) {
            return;
        }
        String apiMessage = redact(redact(message), secrets);
        if (code == TikTokErrorCodes.PARTIAL_SUCCESS) {
            LOG.warn("TikTok answered partial success (request_id {}): {}", requestId, apiMessage);
            return;
        }
        String text = code == TikTokApiException.NO_CODE ? "TikTok's answer carries no code"
                : "TikTok API error " + code;
        if (apiMessage != null && !apiMessage.isBlank()) {
            text += ": " + apiMessage;
        } else {
            text += " (no message)";
        }
        if (requestId != null && !requestId.isBlank()) {
            text += " (request_id " + requestId + ")";
        }
        throw new TikTokApiException(text, code, apiMessage, requestId, 200, TikTokErrorCodes.isRetryable(code), null);
    }

    /** Removes the access token from text that may echo it (error messages of servers and proxies). */
    String redact(String text) {
        return redact(text, lastToken);
    }

    /** Removes secrets from text that may echo them. */
    public static String redact(String text, String... secrets) {
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

    /** A body that is not the JSON TikTok sends (a gateway page, a cut-off stream): retried like other I/O errors. */
    static final class JsonParseFailure extends IOException {
        JsonParseFailure(String message) {
            super(message);
        }
    }
}
