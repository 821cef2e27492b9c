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
package io.github.cameltiktok.examples;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.TikTokErrorCodes;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * What the probe's questions share: read-only requests to TikTok that answer whatever TikTok says (an error code is
 * an answer here, not a failure), within a budget of requests, stopping when asked; the advertisers, masked in every
 * line it writes.
 */
final class ProbeSession {

    /** TikTok's answer to one request: its code, message, request id, data and truncation warning. */
    record Answer(long code, String message, String requestId, JsonNode data, String adsThrottle) {

        boolean ok() {
            return code == 0;
        }

        /** The rows of a report page, dimensions and metrics in one map, values as TikTok wrote them. */
        List<Map<String, String>> rows() {
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode item : data.path("list")) {
                Map<String, String> row = new LinkedHashMap<>();
                item.path("dimensions").fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().asText()));
                item.path("metrics").fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().asText()));
                rows.add(row);
            }
            return rows;
        }

        long totalNumber() {
            return data.path("page_info").path("total_number").asLong(-1);
        }

        /** "code 40002 (message)" for an evidence line. */
        String describe() {
            return ok() ? "code 0" : "code " + code + " (" + message + ")";
        }
    }

    /** A question could not be answered within the probe's budget of requests. */
    static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent(int budget) {
            super("the probe's budget of " + budget + " requests was spent", null, false, false);
        }
    }

    private final HttpTransport transport;
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> advertisers;
    private final int budget;
    private final boolean tasksAllowed;
    private final AtomicBoolean stopping;
    private final List<String> requestIds = new ArrayList<>();
    private int requests;
    private boolean taskCreated;
    private Map<String, String> timezones;

    ProbeSession(HttpTransport transport, List<String> advertisers, int budget, boolean tasksAllowed,
                 AtomicBoolean stopping) {
        this.transport = transport;
        this.advertisers = List.copyOf(advertisers);
        this.budget = budget;
        this.tasksAllowed = tasksAllowed;
        this.stopping = stopping;
    }

    List<String> advertisers() {
        return advertisers;
    }

    int requests() {
        return requests;
    }

    boolean stopping() {
        return stopping.get();
    }

    /** The request ids of the answers since the last call: the evidence of one question. */
    List<String> takeRequestIds() {
        List<String> ids = List.copyOf(requestIds);
        requestIds.clear();
        return ids;
    }

    /** An advertiser as the probe writes it: its number and the last digits of its id, never its name. */
    String masked(String advertiserId) {
        int index = advertisers.indexOf(advertiserId) + 1;
        String tail = advertiserId.length() > 4 ? advertiserId.substring(advertiserId.length() - 4) : advertiserId;
        return "advertiser " + index + " (…" + tail + ")";
    }

    /** A GET of TikTok's API, answered whatever TikTok says; throttling and server errors are retried. */
    Answer get(String path, Map<String, String> query) {
        spend();
        return transport.get(path, query, () -> !stopping.get(), this::answer);
    }

    /** The one report task the probe may create; null when the user said no (TIKTOK_PROBE_TASKS=false). */
    Answer createTask(Map<String, Object> body) {
        if (!tasksAllowed || taskCreated) {
            return null;
        }
        taskCreated = true;
        spend();
        try {
            JsonNode data = transport.postData(TikTokReportCatalog.TASK_CREATE_PATH, body, null);
            return new Answer(0, "OK", null, data, null);
        } catch (io.github.cameltiktok.client.http.TikTokApiException e) {
            return new Answer(e.getCode(), e.getApiMessage(), e.getRequestId(), mapper.createObjectNode(), null);
        }
    }

    /** The body of a report task's file (its CSV), or null when it is not ready. */
    String download(String advertiserId, String taskId) {
        spend();
        return transport.get(TikTokReportCatalog.TASK_DOWNLOAD_PATH, Map.of("advertiser_id", advertiserId, "task_id",
                taskId), () -> !stopping.get(), response -> {
                    try (InputStream in = response.getEntity().getContent()) {
                        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                });
    }

    private void spend() {
        if (stopping.get()) {
            throw new IllegalStateException("stopped");
        }
        if (requests >= budget) {
            throw new BudgetSpent(budget);
        }
        requests++;
    }

    private Answer answer(ClassicHttpResponse response) throws IOException {
        Header throttle = response.getFirstHeader("X-Tt-Ads-Throttle");
        JsonNode body;
        try (InputStream in = response.getEntity().getContent()) {
            body = mapper.readTree(in);
        }
        long code = body.path("code").asLong(-1);
        String message = body.path("message").asText(null);
        String requestId = body.path("request_id").asText(null);
        if (TikTokErrorCodes.isRetryable(code)) {
            transport.checkCode(code, message, requestId); // throws a retryable failure: the transport retries
        }
        if (requestId != null) {
            requestIds.add(requestId);
        }
        return new Answer(code, message, requestId, body.path("data"),
                throttle == null ? null : throttle.getValue());
    }

    /** The advertisers' accounts as {@code /advertiser/info/} describes them (asked once): their time zone names. */
    Map<String, String> timezones() {
        if (timezones == null) {
            Answer info = get(TikTokReportCatalog.ADVERTISER_INFO_PATH, Map.of("advertiser_ids", json(advertisers),
                    "fields", json(List.of("advertiser_id", "timezone", "currency"))));
            timezones = new LinkedHashMap<>();
            for (JsonNode account : info.data().path("list")) {
                timezones.put(account.path("advertiser_id").asText(), account.path("timezone").asText(""));
            }
        }
        return timezones;
    }

    /** An advertiser's zone; the zone furthest behind (UTC-12) when TikTok's answer names none Java knows. */
    ZoneId zone(String advertiserId) {
        try {
            return ZoneId.of(timezones().getOrDefault(advertiserId, "").trim());
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.ofHours(-12);
        }
    }

    /**
     * The last seven settled days of an advertiser: ending two days before its own today, so that TikTok's figures
     * of them no longer move.
     */
    LocalDate[] settledWeek(String advertiserId) {
        LocalDate today = LocalDate.now(zone(advertiserId));
        return new LocalDate[] { today.minusDays(8), today.minusDays(2) };
    }

    /** A synchronous BASIC report's query over a window, every page in one (page_size 1000). */
    Map<String, String> report(String advertiserId, String level, List<String> dimensions, List<String> metrics,
                               LocalDate[] window, List<Map<String, String>> filters) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiserId);
        query.put("service_type", "AUCTION");
        query.put("report_type", "BASIC");
        query.put("data_level", level);
        query.put("dimensions", json(dimensions));
        query.put("metrics", json(metrics));
        if (!filters.isEmpty()) {
            query.put("filtering", json(filters));
        }
        query.put("start_date", window[0].toString());
        query.put("end_date", window[1].toString());
        query.put("page", "1");
        query.put("page_size", "1000");
        return query;
    }

    static Map<String, String> in(String field, List<String> values) {
        return Map.of("field_name", field, "filter_type", "IN", "filter_value", json(new ObjectMapper(), values));
    }

    /**
     * Every row of a synchronous report, page after page.
     *
     * @throws IllegalStateException with TikTok's code when it refuses the report
     */
    List<Map<String, String>> reportRows(Map<String, String> query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> paged = new LinkedHashMap<>(query);
        for (int page = 1; ; page++) {
            paged.put("page", Integer.toString(page));
            Answer answer = get(TikTokReportCatalog.REPORT_PATH, paged);
            if (!answer.ok()) {
                throw new IllegalStateException("TikTok answered " + answer.describe());
            }
            rows.addAll(answer.rows());
            if (page >= answer.data().path("page_info").path("total_page").asInt(1)) {
                return rows;
            }
        }
    }

    /** The sum of a metric over rows ("-" counts as nothing). */
    static BigDecimal sum(List<Map<String, String>> rows, String metric) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, String> row : rows) {
            String value = row.get(metric);
            if (value != null && !value.isBlank() && !"-".equals(value)) {
                sum = sum.add(new BigDecimal(value));
            }
        }
        return sum;
    }

    String json(Object value) {
        return json(mapper, value);
    }

    private static String json(ObjectMapper mapper, Object value) {
        return HttpTransport.json(mapper, value);
    }

    /** Creates the task, checks it until it is done (growing waits, up to about two minutes) and downloads it. */
    String runTask(String advertiser, Map<String, Object> body) {
        Answer created = createTask(body);
        if (created == null) {
            throw new IllegalStateException("no report task created (TIKTOK_PROBE_TASKS=false)");
        }
        if (!created.ok()) {
            throw new IllegalStateException("TikTok refused the report task: " + created.describe());
        }
        String taskId = created.data().path("task_id").asText();
        long wait = 1000;
        for (int check = 0; check < 8 && !stopping(); check++) {
            Answer status = get(TikTokReportCatalog.TASK_CHECK_PATH, Map.of("advertiser_id", advertiser,
                    "task_id", taskId));
            String state = status.data().path("status").asText();
            if ("SUCCESS".equals(state)) {
                return download(advertiser, taskId);
            }
            if (!"QUEUING".equals(state) && !"PROCESSING".equals(state)) {
                throw new IllegalStateException("the report task ended " + state + ": " + status.describe());
            }
            sleep(wait);
            wait = Math.min(wait * 2, 30_000);
        }
        throw new IllegalStateException("the report task was not done in time (it is not cancelled: it changes"
                                        + " nothing)");
    }

    private void sleep(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && !stopping()) {
            try {
                Thread.sleep(Math.min(100, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One question's answer, with the request ids of the requests that gave it. */
    Probe.Finding finding(String id, String assumption, Probe.Verdict verdict, String evidence) {
        return new Probe.Finding(id, assumption, verdict, evidence, takeRequestIds());
    }
}
