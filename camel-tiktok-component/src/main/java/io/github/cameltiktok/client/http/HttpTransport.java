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
package io.github.cameltiktok.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;
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
    private final AppRateLimiter rateLimiter;
    private final AccessTokenSource accessToken;
    private final Deadlines deadlines;
    private final Map<String, AppRateLimiter> pathLimiters;
    private final RequestCounters statistics;
    /** Every request's own settings: redirects never followed, whoever built the client. */
    private final RequestConfig requestConfig;
    /** The token last sent, for redaction: asking the supplier there could start an OAuth exchange. */
    private volatile String lastToken;

    /**
     * How long a request may take as a whole, besides the socket timeouts: a server that trickles its answer is cut
     * off at the deadline.
     *
     * @param readTimeout    longest wait for the answer to start and between two reads of it
     * @param requestTimeout longest time one request may take, its whole answer read; 0 for none
     * @param scheduler      runs the deadlines; null when requestTimeout is 0
     */
    public record Deadlines(Duration readTimeout, Duration requestTimeout, ScheduledExecutorService scheduler) {
    }

    /**
     * @param rateLimiter permits for every request, retries included; shared by all transports of one TikTok app so
     *                    that they stay under its QPS limit together. Null for no limit.
     * @param accessToken the token of authenticated requests, asked for on each request (it may be obtained lazily)
     * @param statistics  where requests, retries and throttled answers are counted
     */
    public HttpTransport(CloseableHttpClient http, ObjectMapper mapper, String baseUrl, RetryPolicy retryPolicy,
                         AppRateLimiter rateLimiter, AccessTokenSource accessToken, Deadlines deadlines,
                         RequestCounters statistics) {
        this(http, mapper, baseUrl, retryPolicy, rateLimiter, Map.of(), accessToken, deadlines, statistics);
    }

    /**
     * @param pathLimiters limiters of endpoints with a lower documented limit than the app's (GMV Max reports), by
     *                     path: their requests pass both
     */
    public HttpTransport(CloseableHttpClient http, ObjectMapper mapper, String baseUrl, RetryPolicy retryPolicy,
                         AppRateLimiter rateLimiter, Map<String, AppRateLimiter> pathLimiters,
                         AccessTokenSource accessToken, Deadlines deadlines, RequestCounters statistics) {
        this.pathLimiters = Map.copyOf(pathLimiters);
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        String url = Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.rateLimiter = rateLimiter;
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.requestConfig = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setResponseTimeout(Timeout.of(deadlines.readTimeout()))
                .build();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Reads the answer of a request; may throw {@link TikTokApiException} for an error in TikTok's envelope. */
    @FunctionalInterface
    public interface ResponseReader<T> {
        T read(ClassicHttpResponse response) throws IOException;
    }

    /** An authenticated GET; every value of {@code query} is percent-encoded. */
    public <T> T get(String path, Map<String, String> query, ResponseReader<T> reader) {
        return execute(new HttpGet(uri(path, query)), true, pathLimiters.get(path), true, () -> true, reader);
    }

    /** The same, giving up between retries once the caller stops ({@code runAllowed} false). */
    public <T> T get(String path, Map<String, String> query, BooleanSupplier runAllowed, ResponseReader<T> reader) {
        return execute(new HttpGet(uri(path, query)), true, pathLimiters.get(path), true, runAllowed, reader);
    }

    /**
     * An authenticated GET of a long answer (a report task's file, read while the route handles its rows): bounded
     * by a deadline of its own instead of requestTimeout; readTimeout still ends an answer that stalls.
     */
    public <T> T getLong(String path, Map<String, String> query, Duration deadline, BooleanSupplier runAllowed,
                         ResponseReader<T> reader) {
        return execute(new HttpGet(uri(path, query)), true, null, true, runAllowed, deadline, reader);
    }

    /** An authenticated GET whose answer is a small envelope: its {@code data}. */
    public JsonNode getData(String path, Map<String, String> query) {
        return get(path, query, this::readData);
    }

    /** An authenticated GET whose query carries secrets of its own (the app secret), redacted from errors. */
    public JsonNode getData(String path, Map<String, String> query, String... secrets) {
        return execute(new HttpGet(uri(path, query)), true, null, true, () -> true, r -> readData(r, secrets));
    }

    /**
     * An authenticated POST of a JSON body; its {@code data}.
     *
     * @param extraLimiter a second limiter for endpoints with a lower limit of their own (task creation), or null
     */
    public JsonNode postData(String path, Object body, AppRateLimiter extraLimiter) {
        return execute(post(path, body), true, extraLimiter, true, () -> true, this::readData);
    }

    /**
     * A POST without the access token that must not reach TikTok twice (the OAuth exchange of a single-use code):
     * retried only when it surely did not reach TikTok: the connection could not be opened.
     */
    public JsonNode postDataOnce(String path, Object body, String... secrets) {
        return execute(post(path, body), false, null, false, () -> true, r -> readData(r, secrets));
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
    public String json(Object value) {
        return json(mapper, value);
    }

    /** The same with any mapper: the one way the client writes JSON text. */
    public static String json(ObjectMapper mapper, Object value) {
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

    /**
     * Sends a request under the retry policy; every failure surfaces as a {@link TikTokApiException}. Throttling is
     * waited out for up to {@link RetryPolicy#throttleTimeout()} (and slows the app's limiter down), other passing
     * failures are retried {@link RetryPolicy#maxRetries()} times; a request that must not reach TikTok twice is
     * retried only when it surely did not (no connection was made).
     */
    private <T> T execute(HttpUriRequestBase request, boolean authenticated, AppRateLimiter extraLimiter,
                          boolean idempotent, BooleanSupplier runAllowed, ResponseReader<T> reader) {
        return execute(request, authenticated, extraLimiter, idempotent, runAllowed, deadlines.requestTimeout(),
                reader);
    }

    /** @param deadline longest time one attempt may take, its whole answer read; zero for none */
    private <T> T execute(HttpUriRequestBase request, boolean authenticated, AppRateLimiter extraLimiter,
                          boolean idempotent, BooleanSupplier runAllowed, Duration deadline,
                          ResponseReader<T> reader) {
        String token = null;
        if (authenticated) {
            token = accessToken.accessToken();
            lastToken = token;
            request.setHeader(ACCESS_TOKEN_HEADER, token);
        }
        boolean renewed = false;
        String what = request.getMethod() + " " + request.getPath().replaceFirst("\\?.*", "");
        request.setConfig(requestConfig);
        long started = System.nanoTime();
        int retries = 0;
        int throttles = 0;
        while (true) {
            TikTokApiException failure;
            if (extraLimiter != null) {
                extraLimiter.acquire(what);
            }
            if (rateLimiter != null) {
                rateLimiter.acquire(what);
            }
            request.reset();
            statistics.request();
            AtomicBoolean overdue = new AtomicBoolean();
            ScheduledFuture<?> cutOff = scheduleDeadline(request, deadline, overdue);
            long sent = System.nanoTime();
            try {
                T answer = http.execute(request, reader::read);
                statistics.latency(System.nanoTime() - sent);
                return answer;
            } catch (TikTokApiException e) {
                failure = TikTokAnswers.inCall(e, what, request);
            } catch (IOException e) {
                // connection refused or reset, timeouts, truncated or malformed bodies: transient by nature
                String cause = overdue.get()
                        ? "no whole answer within " + (deadline.equals(deadlines.requestTimeout())
                                ? "requestTimeout (" + deadline.toMillis() + " ms)"
                                : "its own deadline (" + deadline.toMillis() + " ms: asyncTimeout for a task's file)")
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + redact(e.getMessage()));
                failure = TikTokApiException.noAnswer(what + " failed: " + cause, idempotent || notSent(e));
            } finally {
                if (cutOff != null) {
                    cutOff.cancel(false);
                }
            }
            if (authenticated && !renewed && TikTokErrorCodes.isTokenRefused(failure.getCode())
                && accessToken.renew(token)) {
                // an expiring token TikTok no longer takes: once more with the renewed one, then TikTok's error
                renewed = true;
                token = accessToken.accessToken();
                lastToken = token;
                request.setHeader(ACCESS_TOKEN_HEADER, token);
                continue;
            }
            if (!failure.isRetryable() || !idempotent && failure.getHttpStatus() != 0) {
                throw failure;
            }
            long delay;
            if (TikTokErrorCodes.isThrottling(failure)) {
                if (rateLimiter != null) {
                    rateLimiter.throttled();
                }
                delay = retryPolicy.throttleDelayMillis(++throttles);
                long waited = (System.nanoTime() - started) / 1_000_000;
                if (waited + delay > retryPolicy.throttleTimeout().toMillis()) {
                    statistics.throttledGivenUp();
                    throw failure.retold(failure.getMessage() + "; still throttled after " + waited / 1000
                            + " s of retries (throttleRetryTimeout " + retryPolicy.throttleTimeout().toMillis()
                            + " ms)", false, null);
                }
                statistics.retry(true);
            } else if (retries++ < retryPolicy.maxRetries()) {
                delay = retryPolicy.delayMillis(retries);
                statistics.retry(false);
            } else {
                throw failure;
            }
            LOG.debug("{} failed ({}); retrying in {} ms", what, failure.getMessage(), delay);
            StopAwareSleep.sleep(delay, runAllowed,
                    () -> new ReadStoppedException("Stopped while waiting to retry a request to TikTok"));
        }
    }

    /** Aborts the request when it outlives its deadline, however slowly its answer trickles in. */
    private ScheduledFuture<?> scheduleDeadline(HttpUriRequestBase request, Duration deadline, AtomicBoolean overdue) {
        long millis = deadline.toMillis();
        if (millis <= 0 || deadlines.scheduler() == null) {
            return null;
        }
        return deadlines.scheduler().schedule(() -> {
            overdue.set(true);
            request.cancel();
        }, millis, TimeUnit.MILLISECONDS);
    }

    /** The request surely never reached TikTok: no connection was made. */
    private static boolean notSent(IOException e) {
        return e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException
               || e instanceof org.apache.hc.client5.http.ConnectTimeoutException;
    }

    /** Reads a small envelope whole and returns its {@code data}. */
    private JsonNode readData(ClassicHttpResponse response, String... secrets) throws IOException {
        TikTokAnswers.checkHttpStatus(response);
        JsonNode root;
        try (InputStream in = response.getEntity().getContent()) {
            root = mapper.readTree(in);
        }
        if (root == null || !root.isObject()) {
            throw new JsonParseFailure("TikTok's answer is not a JSON object");
        }
        String requestId = root.path("request_id").asText(null);
        TikTokAnswers.checkCode(root.path("code").asLong(TikTokApiException.NO_CODE),
                redact(root.path("message").asText(null)), requestId, secrets);
        // listings and look-ups are requests of the endpoint too: the last request id names them as well
        statistics.answered(requestId);
        return root.path("data");
    }

    /** Removes the access token from text that may echo it (error messages of servers and proxies). */
    public String redact(String text) {
        return TikTokAnswers.redact(text, lastToken);
    }

    /** {@link TikTokAnswers#checkCode}, the access token kept out of the message. */
    public void checkCode(long code, String message, String requestId) {
        TikTokAnswers.checkCode(code, redact(message), requestId);
    }

}
