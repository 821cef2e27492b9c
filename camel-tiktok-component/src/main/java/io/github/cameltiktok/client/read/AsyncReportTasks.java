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
package io.github.cameltiktok.client.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.AppRateLimiter;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.TaskBudget;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.http.StopAwareSleep;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.http.TikTokAnswers;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TikTok's asynchronous report tasks: {@code POST /report/task/create/} (the whole window, no paging), then
 * {@code GET /report/task/check/} until the task is done, then {@code GET /report/task/download/}, whose CSV is read
 * as a stream into rows shaped exactly like the synchronous report's (same keys in the same order, same types, same
 * time labels). A task not done within the timeout is cancelled.
 */
public final class AsyncReportTasks {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncReportTasks.class);
    /** Longest wait between two checks of a task, however long it runs. */
    static final long MAX_CHECK_INTERVAL_MILLIS = 60_000;

    private final HttpTransport transport;
    private final AppRateLimiter createLimiter;
    private final TaskBudget budget;
    private final long pollIntervalMillis;
    private final long timeoutMillis;
    private final ObjectReader csvRows;

    /**
     * @param createLimiter task creation's own, lower limit per app (besides the transport's), or null
     * @param pollInterval  the first wait before checking a task again; each further wait is half as long again
     * @param timeout       how long a task may take before it is cancelled and the read fails
     */
    public AsyncReportTasks(HttpTransport transport, AppRateLimiter createLimiter, Duration pollInterval,
                            Duration timeout) {
        this(transport, createLimiter, null, pollInterval, timeout);
    }

    /** @param budget the app's budget of tasks per advertiser-hour and per day, or null for none */
    public AsyncReportTasks(HttpTransport transport, AppRateLimiter createLimiter, TaskBudget budget,
                            Duration pollInterval, Duration timeout) {
        this.budget = budget;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.createLimiter = createLimiter;
        this.pollIntervalMillis = Math.max(1, pollInterval.toMillis());
        this.timeoutMillis = timeout.toMillis();
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        this.csvRows = csv.readerFor(String[].class);
    }

    /**
     * Reads a report window with one task and hands its rows to the sink, {@code request.pageSize()} rows at a time.
     *
     * @param window     the days (no span limit), or null for a lifetime report
     * @param context    the read: once it stops, the task is cancelled and the read fails
     */
    public ReportResult read(ReportRequest request, String advertiserId, DateWindow window, PageSink sink,
                             ReadContext context) {
        String taskId = create(request, advertiserId, window, context);
        awaitDone(advertiserId, taskId, window, context);
        long rows = download(request, advertiserId, taskId, sink);
        return new ReportResult(taskId, rows, 1, null);
    }

    String create(ReportRequest request, String advertiserId, DateWindow window, ReadContext context) {
        String spent = budget == null ? null : budget.take(advertiserId);
        if (spent != null) {
            throw new TaskBudgetSpentException("No report task was created for advertiser " + advertiserId + " ("
                    + window + "): TikTok allows " + spent + ", all spent; the chunk is read synchronously (or split"
                    + " by ids) in mode=auto, and fails in mode=async until the budget frees");
        }
        JsonNode data = transport.postData(TikTokReportCatalog.TASK_CREATE_PATH, body(request, advertiserId, window),
                createLimiter);
        String taskId = data.path("task_id").asText(null);
        if (taskId == null || taskId.isEmpty()) {
            throw TikTokApiException.unusableAnswer("TikTok's answer to the report task creation for advertiser "
                    + advertiserId + " carries no task_id");
        }
        context.statistics().asyncTask();
        LOG.debug("Created report task {} for advertiser {} ({})", taskId, advertiserId, window);
        return taskId;
    }

    /** The task's JSON body: the synchronous report's fields as JSON values, titles untranslated, CSV as text. */
    Map<String, Object> body(ReportRequest request, String advertiserId, DateWindow window) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("advertiser_id", advertiserId);
        body.put("service_type", request.serviceType());
        body.put("report_type", request.reportType());
        if (request.dataLevel() != null) {
            body.put("data_level", request.dataLevel());
        }
        body.put("dimensions", request.dimensions());
        if (!request.metrics().isEmpty()) {
            body.put("metrics", request.metrics());
        }
        if (request.filters() != null) {
            if (request.filters().tree() == null) {
                throw new IllegalArgumentException("filters is not valid JSON");
            }
            body.put("filtering", request.filters().tree());
        }
        if (request.orderField() != null) {
            body.put("order_field", request.orderField());
            body.put("order_type", request.orderType());
        }
        if (request.queryLifetime()) {
            body.put("query_lifetime", true);
        } else if (window != null) {
            body.put("start_date", window.start().toString());
            body.put("end_date", window.end().toString());
        }
        // translated titles changed in 2024; untranslated ones are TikTok's field names, the keys of sync rows. TikTok
        // takes the flag for BASIC and AUDIENCE tasks only
        if (TikTokReportCatalog.TITLE_TRANSLATION_TYPES.contains(request.reportType())) {
            body.put("enable_report_title_translation", false);
        }
        body.put("output_format", "CSV_STRING");
        request.extraParameters().forEach((name, value) -> body.put(name,
                "true".equals(value) || "false".equals(value) ? Boolean.valueOf(value) : value));
        return body;
    }

    private void awaitDone(String advertiserId, String taskId, DateWindow window, ReadContext context) {
        long started = System.nanoTime();
        long interval = pollIntervalMillis;
        Map<String, String> query = Map.of("advertiser_id", advertiserId, "task_id", taskId);
        while (true) {
            JsonNode data = transport.getData(TikTokReportCatalog.TASK_CHECK_PATH, query);
            String status = data.path("status").asText("");
            switch (status) {
                case "SUCCESS" -> {
                    return;
                }
                case "FAILED", "CANCELED" -> {
                    String message = transport.redact(data.path("message").asText(null));
                    throw TikTokApiException.envelope("TikTok's report task " + taskId + " for advertiser "
                            + advertiserId + " (" + window + ") ended " + status + (message == null ? "" : ": "
                            + message), TikTokApiException.NO_CODE, message, null, false);
                }
                default -> {
                    // QUEUING, PROCESSING: wait
                }
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (elapsed + interval > timeoutMillis) {
                cancel(advertiserId, taskId);
                throw TikTokApiException.failure("TikTok's report task " + taskId + " for advertiser " + advertiserId
                        + " (" + window + ") was still " + status + " after " + elapsed + " ms (asyncTimeout="
                        + timeoutMillis + "); it was cancelled", null);
            }
            waitOrStop(interval, advertiserId, taskId, context);
            interval = Math.min(MAX_CHECK_INTERVAL_MILLIS, interval + interval / 2);
        }
    }

    private void waitOrStop(long millis, String advertiserId, String taskId, ReadContext context) {
        StopAwareSleep.sleep(millis, context.runAllowed(), () -> {
            cancel(advertiserId, taskId);
            return new ReadStoppedException("Stopped while waiting for TikTok's report task " + taskId
                                            + " of advertiser " + advertiserId + "; the task was cancelled");
        });
    }

    /** Cancels a task that is no longer wanted; a failure to cancel is logged, never thrown over the cause. */
    void cancel(String advertiserId, String taskId) {
        try {
            transport.postData(TikTokReportCatalog.TASK_CANCEL_PATH,
                    Map.of("advertiser_id", advertiserId, "task_id", taskId), null);
            LOG.info("Cancelled TikTok's report task {} for advertiser {}", taskId, advertiserId);
        } catch (RuntimeException e) {
            LOG.warn("Could not cancel TikTok's report task {} for advertiser {}: {}", taskId, advertiserId,
                    e.getMessage());
        }
    }

    /**
     * Streams the task's CSV into the sink. A download cut off mid-way is retried by the transport; the rows an
     * earlier attempt already handed on are skipped (a task's file does not change), so none arrives twice.
     */
    private long download(ReportRequest request, String advertiserId, String taskId, PageSink sink) {
        long[] handedOn = { 0 };
        // the file of a big task takes long to read (and the route may take its time with each page): its own
        // deadline, the task's asyncTimeout, not requestTimeout; readTimeout still ends a download that stalls
        return transport.getLong(TikTokReportCatalog.TASK_DOWNLOAD_PATH,
                Map.of("advertiser_id", advertiserId, "task_id", taskId), Duration.ofMillis(timeoutMillis),
                () -> true, response -> readCsv(response, request, taskId, handedOn, sink));
    }

    private long readCsv(ClassicHttpResponse response, ReportRequest request, String taskId, long[] handedOn,
                         PageSink sink) throws IOException {
        TikTokAnswers.checkHttpStatus(response);
        ContentType type = ContentType.parseLenient(response.getEntity().getContentType());
        if (type != null && "application/json".equalsIgnoreCase(type.getMimeType())) {
            // an error in TikTok's envelope (e.g. 40201, not ready) instead of the file
            JsonNode root = transport.mapper().readTree(response.getEntity().getContent());
            transport.checkCode(root.path("code").asLong(TikTokApiException.NO_CODE),
                    root.path("message").asText(null), root.path("request_id").asText(null));
            throw TikTokApiException.unusableAnswer("TikTok answered the download of report task " + taskId
                    + " with JSON instead of the CSV file", root.path("request_id").asText(null), null);
        }
        long rows = 0;
        try (InputStream in = response.getEntity().getContent();
             MappingIterator<String[]> lines = csvRows.readValues(in)) {
            if (!lines.hasNext()) {
                return 0;
            }
            CsvColumns columns = new CsvColumns(request, lines.next());
            // a page leaves once the next one is full, so that the last page is known as such
            List<Map<String, Object>> held = null;
            List<Map<String, Object>> page = new ArrayList<>(request.pageSize());
            while (lines.hasNext()) {
                String[] line = lines.next();
                if (line.length == 0 || (line.length == 1 && line[0].isEmpty())) {
                    continue;
                }
                rows++;
                if (rows <= handedOn[0]) {
                    continue;
                }
                page.add(columns.row(line));
                if (page.size() == request.pageSize()) {
                    handOn(sink, held, taskId, false, handedOn);
                    held = page;
                    page = new ArrayList<>(request.pageSize());
                }
            }
            if (!page.isEmpty()) {
                handOn(sink, held, taskId, false, handedOn);
                held = page;
            }
            handOn(sink, held, taskId, true, handedOn);
        }
        return rows;
    }

    /** Hands a page on (none when null) and counts its rows as handed on. */
    private static void handOn(PageSink sink, List<Map<String, Object>> page, String taskId, boolean last,
                               long[] handedOn) {
        if (page != null) {
            sink.page(page, taskId, last);
            handedOn[0] += page.size();
        }
    }

    /** Country codes by their English name: TikTok's tasks give {@code country_code} as the name (a known issue). */
    private static final Map<String, String> COUNTRY_CODES = countryCodes();

    private static Map<String, String> countryCodes() {
        Map<String, String> byName = new java.util.HashMap<>();
        for (String code : java.util.Locale.getISOCountries()) {
            byName.put(new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH)
                    .toLowerCase(java.util.Locale.ROOT), code);
        }
        return Map.copyOf(byName);
    }

    /**
     * The code a synchronous row carries for a task's {@code country_code} value: a code stays, a name becomes its
     * code.
     *
     * @throws TikTokApiException naming the value when it is neither (the chunk is not delivered with it)
     */
    static String countryCode(String value) {
        if (value == null || value.length() == 2 && value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            return value;
        }
        String code = COUNTRY_CODES.get(value.trim().toLowerCase(java.util.Locale.ROOT));
        if (code == null) {
            throw TikTokApiException.unusableAnswer("TikTok's report task gave country_code '" + value + "', neither a"
                    + " country code nor a country name this component knows; the rows of synchronous reports carry"
                    + " codes");
        }
        return code;
    }

    /**
     * The CSV's columns in the order of a synchronous row: the requested dimensions, the requested metrics, then
     * any other column TikTok added; each value typed as the synchronous parser types it.
     */
    private static final class CsvColumns {
        private final int[] order;
        private final String[] names;
        private final boolean[] numeric;
        private final boolean[] countryCode;
        private final ReportPageParser.RowBuilder row;

        CsvColumns(ReportRequest request, String[] header) {
            List<String> headerNames = new ArrayList<>();
            for (String name : header) {
                headerNames.add(name.trim());
            }
            List<String> wanted = new ArrayList<>(request.dimensions());
            wanted.addAll(request.metrics());
            List<String> missing = wanted.stream().filter(n -> !headerNames.contains(n)).toList();
            if (!missing.isEmpty()) {
                throw TikTokApiException.unusableAnswer("The report task's CSV lacks the columns " + missing
                        + " (its header: " + headerNames + ")");
            }
            headerNames.stream().filter(n -> !wanted.contains(n)).forEach(wanted::add);
            order = new int[wanted.size()];
            names = new String[wanted.size()];
            numeric = new boolean[wanted.size()];
            countryCode = new boolean[wanted.size()];
            for (int i = 0; i < wanted.size(); i++) {
                countryCode[i] = "country_code".equals(wanted.get(i));
                names[i] = wanted.get(i);
                order[i] = headerNames.indexOf(names[i]);
                numeric[i] = !request.dimensions().contains(names[i])
                             && !ReportKind.isAttributeMetric(names[i]);
            }
            row = new ReportPageParser.RowBuilder(names.length);
        }

        ReportRow row(String[] line) {
            row.clear();
            for (int i = 0; i < names.length; i++) {
                String raw = order[i] < line.length ? line[order[i]] : null;
                row.add(names[i], numeric[i] ? MetricValues.parse(raw)
                        : countryCode[i] ? countryCode(MetricValues.text(raw))
                        : TikTokReportCatalog.timeLabel(names[i], MetricValues.text(raw)));
            }
            return row.build();
        }
    }
}
