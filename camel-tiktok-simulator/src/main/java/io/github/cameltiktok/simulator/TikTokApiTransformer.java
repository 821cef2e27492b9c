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

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * The simulator's TikTok: one WireMock transformer that answers the report, OAuth and advertiser endpoints from the
 * synthetic data set, with TikTok's envelope, error codes and per-app rate limit.
 */
final class TikTokApiTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "tiktok-simulator";
    static final String REPORT_PATH = "/open_api/v1.3/report/integrated/get/";
    static final String ACCESS_TOKEN_PATH = "/open_api/v1.3/oauth2/access_token/";
    /** Where other integrators refresh an expiring token: not in a stored TikTok page ({@link OpenQuestion}). */
    static final String REFRESH_TOKEN_PATH = "/open_api/v1.3/oauth2/refresh_token/";
    static final String ADVERTISER_PATH = "/open_api/v1.3/oauth2/advertiser/get/";
    static final String AUTHORIZE_PATH = "/portal/auth";
    static final String TASK_CREATE_PATH = "/open_api/v1.3/report/task/create/";
    static final String TASK_CHECK_PATH = "/open_api/v1.3/report/task/check/";
    static final String TASK_DOWNLOAD_PATH = "/open_api/v1.3/report/task/download/";
    static final String TASK_CANCEL_PATH = "/open_api/v1.3/report/task/cancel/";
    static final String ADVERTISER_INFO_PATH = "/open_api/v1.3/advertiser/info/";
    static final String CAMPAIGN_PATH = "/open_api/v1.3/campaign/get/";
    static final String ADGROUP_PATH = "/open_api/v1.3/adgroup/get/";
    static final String AD_PATH = "/open_api/v1.3/ad/get/";
    static final String GMV_MAX_STORE_PATH = "/open_api/v1.3/gmv_max/store/list/";
    static final String GMV_MAX_REPORT_PATH = "/open_api/v1.3/gmv_max/report/get/";
    /** TikTok's warning that a synchronous report was truncated to the newest ads. */
    static final String ADS_THROTTLE_HEADER = "X-Tt-Ads-Throttle";

    private static final DateTimeFormatter REQUEST_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final SimulatorConfig config;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReportEngine reports;
    private final ReportPages pages;
    private final SyntheticData data;
    private final ReportTasks tasks;
    private final EntityPages entities;
    private final AdvertiserInfoPage advertiserInfo;
    private final GmvMaxReports gmvMax;
    private final SimulatorStats stats;
    /** The configured token, those the OAuth exchange hands out, their refresh tokens and the auth codes. */
    private final OAuthTokens oauth;
    private final Map<String, AppWindow> qpsWindows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    TikTokApiTransformer(SimulatorConfig config, SimulatorStats stats) {
        this.config = config;
        this.stats = stats;
        // one data set for every endpoint: an advertiser's authorisation is the same everywhere
        this.data = new SyntheticData(config);
        this.reports = new ReportEngine(config, data, mapper);
        this.pages = new ReportPages(reports, mapper, config.quirks());
        this.tasks = new ReportTasks(config, reports);
        this.entities = new EntityPages(data, mapper);
        this.advertiserInfo = new AdvertiserInfoPage(config, data, mapper);
        this.gmvMax = new GmvMaxReports(config, data, mapper);
        this.oauth = new OAuthTokens(config);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl().replaceFirst("\\?.*", "");
        String requestId = requestId();
        stats.requests.incrementAndGet();
        try {
            ResponseDefinition response = switch (path) {
                case REPORT_PATH -> report(request, requestId);
                case ACCESS_TOKEN_PATH -> exchange(request, requestId);
                case REFRESH_TOKEN_PATH -> refresh(request, requestId);
                case ADVERTISER_PATH -> advertisers(request, requestId);
                case ADVERTISER_INFO_PATH -> ok(request, requestId, null,
                        () -> advertiserInfo.page(name -> param(request, name)));
                case AUTHORIZE_PATH -> authorize(request);
                case TASK_CREATE_PATH -> ok(request, requestId, "tasks:", () -> tasks.create(body(request)));
                case TASK_CHECK_PATH -> ok(request, requestId, null,
                        () -> tasks.check(param(request, "advertiser_id"), param(request, "task_id")));
                case TASK_CANCEL_PATH -> ok(request, requestId, null, () -> tasks.cancel(body(request)));
                case TASK_DOWNLOAD_PATH -> download(request);
                case CAMPAIGN_PATH -> ok(request, requestId, null,
                        () -> entities.page(SyntheticData.Level.CAMPAIGN, name -> param(request, name)));
                case ADGROUP_PATH -> ok(request, requestId, null,
                        () -> entities.page(SyntheticData.Level.ADGROUP, name -> param(request, name)));
                case AD_PATH -> ok(request, requestId, null,
                        () -> entities.page(SyntheticData.Level.AD, name -> param(request, name)));
                case GMV_MAX_STORE_PATH -> ok(request, requestId, null,
                        () -> gmvMax.shop().stores(param(request, "advertiser_id")));
                case GMV_MAX_REPORT_PATH -> ok(request, requestId, null, () -> gmvMaxPage(request));
                // TikTok's paths end in "/": another path is not found, answered in TikTok's envelope too
                default -> json(404, envelope(ApiError.NOT_FOUND, "Endpoint " + path + " does not exist in API"
                        + " version v1.3 (paths end in /).", requestId, Map.of()));
            };
            return delayed(response, serveEvent);
        } catch (ApiError e) {
            if (e.code == ApiError.TOO_MANY_REQUESTS) {
                stats.throttled.incrementAndGet();
            }
            stats.errors.incrementAndGet();
            return delayed(json(envelope(e.code, e.getMessage(), requestId, Map.of())), serveEvent);
        }
    }

    /** The configured latency, or the stub's own fixed delay when a test asked for a longer one. */
    private ResponseDefinition delayed(ResponseDefinition response, ServeEvent serveEvent) {
        Integer stubDelay = serveEvent.getResponseDefinition() == null ? null
                : serveEvent.getResponseDefinition().getFixedDelayMilliseconds();
        long delay = Math.max(config.latencyMillis(), stubDelay == null ? 0 : stubDelay);
        if (delay <= 0) {
            return response;
        }
        return ResponseDefinitionBuilder.like(response).withFixedDelay((int) delay).build();
    }

    private ResponseDefinition report(Request request, String requestId) {
        String app = authenticate(request);
        throttle(app);
        // TikTok reads advertiser_ids when both are sent
        List<ReportEngine.Query> queries = param(request, "advertiser_ids") != null
                ? reports.parseBatch(name -> param(request, name))
                : List.of(reports.parse(name -> param(request, name)));
        ReportEngine.Query query = queries.get(0);
        try {
            String report = request.getUrl().replaceAll("([?&])page=\\d+&?", "$1");
            byte[] body = pages.page(queries, report, requestId);
            long rows = queries.stream().mapToLong(ReportEngine.Query::totalRows).sum();
            stats.rows.addAndGet(Math.max(0, Math.min(query.pageSize,
                    rows - (long) (query.page - 1) * query.pageSize)));
            ResponseDefinitionBuilder answer = responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body);
            if (query.truncated) {
                stats.truncated.incrementAndGet();
                answer = answer.withHeader(ADS_THROTTLE_HEADER, "The report covers more than " + config.adsLimit()
                        + " ads; only the data of the newest " + config.adsLimit() + " ads is returned.");
            }
            return answer.build();
        } catch (IOException e) {
            throw new ApiError(50000, "System error");
        }
    }

    /**
     * An authenticated, rate-limited call answering {@code data} in the envelope.
     *
     * @param ownLimit a key for an endpoint limited apart from the app's QPS (task creation: 1 per second), or null
     */
    private ResponseDefinition ok(Request request, String requestId, String ownLimit,
                                  java.util.function.Supplier<Object> data) {
        String app = authenticate(request);
        throttle(app);
        if (ownLimit != null && config.qpsLimit() > 0) {
            throttle(ownLimit + app, 1);
        }
        return json(envelope(0, "OK", requestId, data.get()));
    }

    private ResponseDefinition download(Request request) {
        String app = authenticate(request);
        throttle(app);
        try {
            byte[] csv = tasks.download(param(request, "advertiser_id"), param(request, "task_id"));
            return responseDefinition().withStatus(200).withHeader("Content-Type", "text/csv; charset=UTF-8")
                    .withBody(csv).build();
        } catch (IOException e) {
            throw new ApiError(50000, "System error");
        }
    }

    private Object gmvMaxPage(Request request) {
        GmvMaxReports.Query query = gmvMax.parse(name -> param(request, name));
        stats.rows.addAndGet(Math.max(0, Math.min(query.pageSize,
                query.totalRows() - (long) (query.page - 1) * query.pageSize)));
        return gmvMax.page(query);
    }

    private JsonNode body(Request request) {
        try {
            JsonNode body = mapper.readTree(request.getBodyAsString());
            if (body == null || !body.isObject()) {
                throw ApiError.invalid("Request body must be a JSON object.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("Request body is not valid JSON.");
        }
    }

    private ResponseDefinition exchange(Request request, String requestId) {
        JsonNode body = body(request);
        String appId = body.path("app_id").asText(null);
        String secret = body.path("secret").asText(null);
        String code = body.path("auth_code").asText(null);
        if (appId == null || secret == null || code == null) {
            throw ApiError.invalid("app_id, secret and auth_code are required.");
        }
        throttle(appId);
        return json(envelope(0, "OK", requestId, oauth.exchange(appId, secret, code, this::advertiserIds)));
    }

    private ResponseDefinition refresh(Request request, String requestId) {
        JsonNode body = body(request);
        String appId = body.path("app_id").asText(null);
        String secret = body.path("secret").asText(null);
        if (appId == null || secret == null || !"refresh_token".equals(body.path("grant_type").asText())) {
            throw ApiError.invalid("app_id, secret, refresh_token and grant_type=refresh_token are required.");
        }
        throttle(appId);
        return json(envelope(0, "OK", requestId, oauth.refresh(appId, secret,
                body.path("refresh_token").asText(null))));
    }

    private ResponseDefinition advertisers(Request request, String requestId) {
        String app = authenticate(request);
        throttle(app);
        if (!config.appId().equals(param(request, "app_id")) || !config.appSecret().equals(param(request, "secret"))) {
            throw new ApiError(ApiError.INVALID_AUTH_PARAMETERS, "The app_id or secret is invalid.");
        }
        List<Map<String, String>> list = advertiserIds().stream().map(id -> Map.of(
                "advertiser_id", id, "advertiser_name", data.name(SyntheticData.Level.ADVERTISER,
                        data.advertiserIndex(id)))).toList();
        return json(envelope(0, "OK", requestId, Map.of("list", list)));
    }

    /** The authorization page: the simulated advertiser approves at once and is redirected with an auth code. */
    private ResponseDefinition authorize(Request request) {
        String appId = param(request, "app_id");
        String redirect = param(request, "redirect_uri");
        if (!config.appId().equals(appId) || redirect == null) {
            return responseDefinition().withStatus(400).withBody("Unknown app_id or missing redirect_uri").build();
        }
        String code = oauth.newCode(appId);
        String state = param(request, "state");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "auth_code=" + code
                          + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        return responseDefinition().withStatus(302).withHeader("Location", location).build();
    }

    /** Restates a day of the integrated report and its tasks, at every level alike. */
    void restate(java.time.LocalDate day, int perMille) {
        reports.restate(day, perMille);
    }

    GmvMaxReports gmvMax() {
        return gmvMax;
    }

    /** The advertisers that authorised the app: those /oauth2/advertiser/get/ lists. */
    List<String> advertiserIds() {
        return IntStream.range(0, config.advertisers()).filter(data::authorized).mapToObj(data::advertiserId).toList();
    }

    /** Every advertiser of the data set, authorised or not. */
    List<String> allAdvertiserIds() {
        return IntStream.range(0, config.advertisers()).mapToObj(data::advertiserId).toList();
    }

    void authorize(String advertiserId, boolean authorized) {
        int index = allAdvertiserIds().indexOf(advertiserId);
        if (index < 0) {
            throw new IllegalArgumentException("No advertiser " + advertiserId + " in the simulator's data set");
        }
        data.authorize(index, authorized);
    }

    private String authenticate(Request request) {
        return oauth.authenticate(request.getHeader("Access-Token"));
    }

    OAuthTokens oauth() {
        return oauth;
    }

    /** TikTok's per-app QPS limit, counted in one-second windows. */
    private void throttle(String appId) {
        throttle(appId, config.qpsLimit());
    }

    private void throttle(String appId, int limit) {
        if (limit <= 0) {
            return;
        }
        AppWindow window = qpsWindows.computeIfAbsent(appId, a -> new AppWindow());
        synchronized (window) {
            // the clock is read under the lock: a thread that read it earlier must not reopen a past second
            long second = System.currentTimeMillis() / 1000;
            if (second > window.second) {
                window.second = second;
                window.count = 0;
            }
            if (++window.count > limit) {
                throw new ApiError(ApiError.TOO_MANY_REQUESTS, "Due to too many requests, requests from App ["
                                                               + appId + "] are temporarily restricted.");
            }
        }
    }

    private static final class AppWindow {
        long second;
        int count;
    }

    private static String param(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
    }

    private String requestId() {
        return LocalDateTime.now().format(REQUEST_ID_TIME) + String.format("%012X", sequence.incrementAndGet());
    }

    private Map<String, Object> envelope(long code, String message, String requestId, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("request_id", requestId);
        body.put("data", data);
        return body;
    }

    private ResponseDefinition json(Map<String, Object> body) {
        return json(200, body);
    }

    private ResponseDefinition json(int status, Map<String, Object> body) {
        try {
            return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(mapper.writeValueAsBytes(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
