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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.JsonParseFailure;
import io.github.cameltiktok.client.http.TikTokAnswers;
import io.github.cameltiktok.client.http.TikTokApiException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * Parses one page of {@code /report/integrated/get/} from the response stream with Jackson's streaming parser:
 * rows flattened and typed as the contract says, {@code page_info}, {@code total_metrics} and the
 * {@code X-Tt-Ads-Throttle} header. A page is returned only once it was read whole with {@code code == 0}, so a
 * failed or retried page never leaks rows.
 */
final class ReportPageParser {

    static final String ADS_THROTTLE_HEADER = "X-Tt-Ads-Throttle";

    private final HttpTransport transport;
    private final ObjectMapper mapper;
    private final TextCache dimensionValues = new TextCache();

    ReportPageParser(HttpTransport transport) {
        this.transport = transport;
        this.mapper = transport.mapper();
    }

    /** One report page as read from the stream. */
    static final class ReportPage {
        final List<Map<String, Object>> rows = new ArrayList<>();
        /** List items read, those without figures (not handed on as rows) included. */
        int items;
        String requestId;
        /** {@code page_info}, -1 where TikTok left a field out. */
        int pageNumber = -1;
        int pageSize = -1;
        long totalNumber = -1;
        int totalPage = -1;
        Map<String, Object> totalMetrics;
        String adsThrottle;
        /** The first list item without its dimensions or metrics object, described; null when every item had both. */
        String malformed;
    }

    /** @param fields how many values a row holds, so that its arrays are sized once */
    ReportPage read(ClassicHttpResponse response, int fields) throws IOException {
        TikTokAnswers.checkHttpStatus(response);
        ReportPage page = new ReportPage();
        Header throttle = response.getFirstHeader(ADS_THROTTLE_HEADER);
        if (throttle != null && !throttle.getValue().isBlank()) {
            page.adsThrottle = throttle.getValue();
        }
        long code = TikTokApiException.NO_CODE;
        String message = null;
        try (InputStream in = response.getEntity().getContent(); JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseFailure("expected START_OBJECT in TikTok's answer but found " + first);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "code" -> code = parser.getValueAsLong(TikTokApiException.NO_CODE);
                    case "message" -> message = parser.getValueAsString();
                    case "request_id" -> page.requestId = parser.getValueAsString();
                    case "data" -> readData(parser, page, fields);
                    default -> parser.skipChildren();
                }
            }
        }
        transport.checkCode(code, message, page.requestId);
        return page;
    }

    private void readData(JsonParser parser, ReportPage page, int fields) throws IOException {
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
                        for (JsonToken item = parser.nextToken(); item != null && item != JsonToken.END_ARRAY;
                             item = parser.nextToken()) {
                            page.items++;
                            ReportRow row = item == JsonToken.START_OBJECT ? rows.read(parser) : null;
                            if (row != null) {
                                page.rows.add(row);
                            } else {
                                parser.skipChildren();
                            }
                            if (page.malformed == null && rows.missing(item) != null) {
                                page.malformed = "list item " + page.items + " came without its "
                                                 + rows.missing(item) + " object";
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                case "page_info" -> readPageInfo(parser, page);
                case "total_metrics" -> {
                    if (token == JsonToken.START_OBJECT) {
                        page.totalMetrics = new LinkedHashMap<>();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            page.totalMetrics.put(name, readValue(parser, !ReportKind.isAttributeMetric(name)));
                        }
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
                case "page" -> page.pageNumber = parser.getValueAsInt(-1);
                case "page_size" -> page.pageSize = parser.getValueAsInt(-1);
                case "total_number" -> page.totalNumber = parser.getValueAsLong(-1);
                case "total_page" -> page.totalPage = parser.getValueAsInt(-1);
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * Reads the list items {@code {"dimensions": {...}, "metrics": {...}}} of one page, each flattened into a
     * {@link ReportRow}: dimensions first, then other scalar fields of the item (such as {@code advertiser_id}), then
     * metrics, whatever order TikTok writes them in. Rows with the same fields as the one before share its names.
     */
    private final class RowReader {
        private final RowBuilder row;
        private final RowBuilder itemFields = new RowBuilder(2);
        private final RowBuilder metrics;

        /** Whether the item read last had its dimensions and its metrics object. */
        private boolean dimensionsSeen;
        private boolean metricsSeen;

        /** What the item read last lacks ("metrics", "dimensions", "dimensions and metrics"), or null. */
        String missing(JsonToken item) {
            if (item != JsonToken.START_OBJECT || !dimensionsSeen && !metricsSeen) {
                return "dimensions and metrics";
            }
            return !metricsSeen ? "metrics" : !dimensionsSeen ? "dimensions" : null;
        }

        /** The metric names of the row before, by position, and whether each is numeric. */
        private String[] metricNames = new String[0];
        private boolean[] numeric = new boolean[0];
        /** Whether each is an amount: kept a BigDecimal even when TikTok writes it without decimals. */
        private boolean[] money = new boolean[0];

        RowReader(int fields) {
            row = new RowBuilder(fields);
            metrics = new RowBuilder(fields);
        }

        /**
         * Whether a metric is numeric (not an attribute): asked of the catalog once per name and position, since
         * Jackson hands out the same String for the same name and rows repeat their metrics in the same order.
         */
        private boolean isNumeric(int position, String name) {
            if (position < metricNames.length && metricNames[position] == name) {
                return numeric[position];
            }
            if (position >= metricNames.length) {
                metricNames = Arrays.copyOf(metricNames, position + 1);
                numeric = Arrays.copyOf(numeric, position + 1);
                money = Arrays.copyOf(money, position + 1);
            }
            metricNames[position] = name;
            numeric[position] = !ReportKind.isAttributeMetric(name);
            money[position] = numeric[position] && ReportKind.isAmount(name);
            return numeric[position];
        }

        /** A metric's value, an amount as a BigDecimal whatever TikTok wrote. */
        private Object readMetric(JsonParser parser, int position, String name) throws IOException {
            Object value = readValue(parser, isNumeric(position, name));
            return money[position] && value instanceof Long whole ? BigDecimal.valueOf(whole) : value;
        }

        /** The item's row; null for an item with neither dimensions nor metrics (it holds no figures). */
        ReportRow read(JsonParser parser) throws IOException {
            row.clear();
            itemFields.clear();
            metrics.clear();
            boolean figures = false;
            dimensionsSeen = false;
            metricsSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                boolean isMetrics = "metrics".equals(field);
                if (token == JsonToken.START_OBJECT && (isMetrics || "dimensions".equals(field))) {
                    figures = true;
                    metricsSeen |= isMetrics;
                    dimensionsSeen |= !isMetrics;
                    RowBuilder target = isMetrics ? metrics : row;
                    int position = 0;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        target.add(name, isMetrics ? readMetric(parser, position++, name)
                                : readDimension(parser));
                    }
                } else if (token.isScalarValue()) {
                    itemFields.add(field, readValue(parser, false));
                } else {
                    parser.skipChildren();
                }
            }
            if (!figures) {
                return null;
            }
            itemFields.appendTo(row);
            metrics.appendTo(row);
            return row.build();
        }
    }

    /**
     * A dimension value: text, and the same String for the same value across rows and pages (a day, an id repeated
     * on every day), so that a report kept whole (producer, batch consumer) holds each value once.
     */
    private Object readDimension(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return readValue(parser, false);
        }
        int length = parser.getTextLength();
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        if (length == 0 || (length == 1 && chars[offset] == '-')) {
            return null;
        }
        return dimensionValues.text(chars, offset, length);
    }

    /**
     * Recent texts by content, in a fixed table: a hit returns the String made before, a miss makes one and takes
     * the slot. Shared by the threads that read pages: a lost race is a miss, and Strings are safe to share.
     */
    static final class TextCache {
        private final String[] slots = new String[1 << 15];

        String text(char[] chars, int offset, int length) {
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + chars[offset + i];
            }
            int slot = (hash ^ (hash >>> 15)) & (slots.length - 1);
            String cached = slots[slot];
            if (cached != null && cached.length() == length) {
                int i = 0;
                while (i < length && cached.charAt(i) == chars[offset + i]) {
                    i++;
                }
                if (i == length) {
                    return cached;
                }
            }
            String text = new String(chars, offset, length);
            slots[slot] = text;
            return text;
        }
    }

    /**
     * A value as the contract types it, the same whether TikTok quotes it or not: text for dimensions, ids and
     * attribute metrics (a number keeps its digits as written; numeric false), numbers for numeric metrics.
     */
    private Object readValue(JsonParser parser, boolean numeric) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> numeric
                    ? MetricValues.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
                    : MetricValues.text(parser.getText());
            case VALUE_NUMBER_INT -> !numeric ? parser.getText()
                    : parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigDecimal(parser.getBigIntegerValue()) : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> numeric ? parser.getDecimalValue() : parser.getText();
            case VALUE_TRUE, VALUE_FALSE -> numeric ? parser.getBooleanValue() : parser.getText();
            case VALUE_NULL -> null;
            default -> mapper.readValue(parser, Object.class);
        };
    }

    /**
     * Collects one row's fields and builds its {@link ReportRow}; consecutive rows with the same fields share one
     * names array. Used for JSON pages and for the CSV of report tasks alike, so both give the same rows.
     */
    static final class RowBuilder {
        private String[] names;
        private Object[] values;
        private int size;
        private String[] lastNames = new String[0];

        RowBuilder(int fields) {
            names = new String[Math.max(1, fields)];
            values = new Object[names.length];
        }

        void clear() {
            size = 0;
        }

        /**
         * A name seen twice in one item (in dimensions and metrics) keeps its place and takes the later value. Names
         * are compared by their cached hash first: a row's names nearly always differ, and often in length only.
         */
        void add(String name, Object value) {
            int hash = name.hashCode();
            for (int i = 0; i < size; i++) {
                if (names[i] == name || (names[i].hashCode() == hash && names[i].equals(name))) {
                    values[i] = value;
                    return;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2 + 1);
                values = Arrays.copyOf(values, names.length);
            }
            names[size] = name;
            values[size] = value;
            size++;
        }

        /** Adds this builder's fields, in order, to another one. */
        void appendTo(RowBuilder other) {
            for (int i = 0; i < size; i++) {
                other.add(names[i], values[i]);
            }
        }

        ReportRow build() {
            String[] rowNames = sameAsLast() ? lastNames : Arrays.copyOf(names, size);
            lastNames = rowNames;
            return new ReportRow(rowNames, Arrays.copyOf(values, size), size);
        }

        private boolean sameAsLast() {
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
}
