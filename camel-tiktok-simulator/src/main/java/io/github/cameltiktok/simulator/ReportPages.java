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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.simulator.SimulatorQuirks.Encoding;
import io.github.cameltiktok.simulator.SimulatorQuirks.PageFault;

/**
 * Writes one page of the synchronous report's envelope, in the configured encoding, with {@code total_metrics} on
 * page 1 when asked. A report is not a snapshot: the first reads of each report may see its pages shift
 * ({@link PageFault}); a read starts with its page 1.
 */
final class ReportPages {

    private final ReportRows rows;
    private final ObjectMapper mapper;
    private final SimulatorQuirks quirks;
    /** Reads started per report (its query without the page). */
    private final Map<String, Integer> reads = new ConcurrentHashMap<>();

    ReportPages(ReportEngine engine, ObjectMapper mapper, SimulatorQuirks quirks) {
        this.rows = engine.rows();
        this.mapper = mapper;
        this.quirks = quirks;
    }

    /**
     * One page of the report of one advertiser, or of several read together ({@code advertiser_ids}): their rows
     * one after the other.
     *
     * @param queries the advertisers' queries (one unless batched), the same but for the advertiser
     * @param report  the report's identity: its query without {@code page}
     */
    byte[] page(List<ReportEngine.Query> queries, String report, String requestId) throws IOException {
        ReportEngine.Query q = queries.get(0);
        int read = q.page == 1 ? reads.merge(report, 1, Integer::sum) : reads.getOrDefault(report, 1);
        PageFault fault = read <= quirks.faultyReads() ? quirks.pageFault() : PageFault.NONE;
        long[] offsets = new long[queries.size() + 1];
        for (int i = 0; i < queries.size(); i++) {
            offsets[i + 1] = offsets[i] + queries.get(i).totalRows();
        }
        long total = offsets[queries.size()];
        int totalPage = (int) ((total + q.pageSize - 1) / q.pageSize);
        long from = (long) (q.page - 1) * q.pageSize;
        long to = Math.min(total, from + q.pageSize);
        long announcedTotal = total;
        int announcedPages = totalPage;
        switch (fault) {
            case SHORT_TOTAL_PAGE -> announcedPages = totalPage - 1;
            case EMPTY_MIDDLE_PAGE -> {
                if (totalPage >= 2 && q.page == totalPage / 2 + 1) {
                    to = from;
                }
            }
            case DRIFTING_TOTAL -> {
                if (q.page > 1) {
                    announcedTotal = total + 1;
                    announcedPages = (int) ((announcedTotal + q.pageSize - 1) / q.pageSize);
                }
            }
            case SHIFTED_ROWS -> {
                if (q.page > 1) {
                    from--;
                    to = Math.min(total - 1, from + q.pageSize);
                }
            }
            default -> {
            }
        }
        long[][] orders = new long[queries.size()][];
        for (int i = 0; i < queries.size(); i++) {
            orders[i] = q.orderField == null ? null : rows.sortedRows(queries.get(i));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(
                Math.max(256, (int) (to - from) * 64 * (q.metrics.size() + 3)));
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("code", 0);
            json.writeStringField("message", "OK");
            json.writeStringField("request_id", requestId);
            json.writeObjectFieldStart("data");
            json.writeArrayFieldStart("list");
            long[] counts = new long[SyntheticData.COUNTS];
            int part = 0;
            for (long i = from; i < to; i++) {
                while (i >= offsets[part + 1]) {
                    part++;
                }
                ReportEngine.Query own = queries.get(part);
                long row = i - offsets[part];
                ReportRows.RowKey key = rows.key(own, orders[part] == null ? row : orders[part][(int) row]);
                rows.counts(own, key, counts);
                json.writeStartObject();
                if (quirks.encoding() == Encoding.METRICS_FIRST) {
                    writeMetrics(json, own, key, counts);
                    writeDimensions(json, own, key);
                } else {
                    writeDimensions(json, own, key);
                    writeMetrics(json, own, key, counts);
                }
                if (quirks.encoding() == Encoding.ITEM_ADVERTISER_ID) {
                    json.writeStringField("advertiser_id", rows.advertiserId(own));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("page_info");
            json.writeNumberField("page", q.page);
            json.writeNumberField("page_size", q.pageSize);
            json.writeNumberField("total_number", announcedTotal);
            json.writeNumberField("total_page", announcedPages);
            json.writeEndObject();
            if (q.totalMetrics && q.page == 1) {
                writeTotals(json, queries);
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private void writeDimensions(JsonGenerator json, ReportEngine.Query q, ReportRows.RowKey key)
            throws IOException {
        json.writeObjectFieldStart("dimensions");
        for (String dimension : q.dimensions) {
            write(json, dimension, rows.dimensionValue(q, key, dimension));
        }
        json.writeEndObject();
    }

    private void writeMetrics(JsonGenerator json, ReportEngine.Query q, ReportRows.RowKey key, long[] counts)
            throws IOException {
        json.writeObjectFieldStart("metrics");
        for (String metric : q.metrics) {
            write(json, metric, rows.sentMetricValue(q, key, metric, counts));
        }
        if (q.batched) {
            for (Map.Entry<String, String> field : rows.batchFields(q).entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
        }
        json.writeEndObject();
    }

    /** TikTok's totals over every row of the report: counts summed, rates of the sums, attributes "-". */
    private void writeTotals(JsonGenerator json, List<ReportEngine.Query> queries) throws IOException {
        long[] sums = new long[SyntheticData.COUNTS];
        long[] counts = new long[SyntheticData.COUNTS];
        ReportRows.RowKey key = null;
        ReportEngine.Query q = queries.get(0);
        for (ReportEngine.Query own : queries) {
            for (long i = 0; i < own.totalRows(); i++) {
                key = rows.key(own, i);
                rows.counts(own, key, counts);
                for (int c = 0; c < sums.length; c++) {
                    sums[c] += counts[c];
                }
            }
        }
        json.writeObjectFieldStart("total_metrics");
        for (String metric : q.metrics) {
            write(json, metric, key == null || rows.isAttribute(metric) ? "-"
                    : rows.metricValue(q, key, metric, sums));
        }
        json.writeEndObject();
    }

    /** A value in the configured encoding: with {@link Encoding#NUMBERS}, whatever looks like a number is one. */
    private void write(JsonGenerator json, String name, String value) throws IOException {
        if (quirks.encoding() == Encoding.NUMBERS && value.matches("-?\\d+(\\.\\d+)?")) {
            json.writeFieldName(name);
            json.writeNumber(value);
        } else {
            json.writeStringField(name, value);
        }
    }
}
