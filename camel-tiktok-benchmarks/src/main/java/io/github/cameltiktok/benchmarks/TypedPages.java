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

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.read.MetricValues;

/**
 * One report page read with Jackson's streaming parser into rows typed as the component types them (dimensions and
 * names as text, numeric metrics as Long/BigDecimal, "-" as null), each folded into a digest: the work of a typed
 * hand-made client, and the server's own reading of its pages.
 */
final class TypedPages {

    private static final JsonFactory JSON = new JsonFactory();

    private TypedPages() {
    }

    /**
     * Reads a page into the digest, each row led by its advertiser's id as the component's rows are; returns
     * {@code total_page}.
     */
    static int read(InputStream body, RowDigest digest, String advertiserId) throws IOException {
        int totalPage = 1;
        long code = -1;
        try (JsonParser parser = JSON.createParser(body)) {
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
                            digest.add(row(parser, advertiserId));
                        }
                    }
                    default -> {
                        // other fields are walked over token by token
                    }
                }
            }
        }
        if (code != 0) {
            throw new IllegalStateException("TikTok answered code " + code);
        }
        return totalPage;
    }

    private static Map<String, Object> row(JsonParser parser, String advertiserId) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>(16);
        row.put("advertiser_id", advertiserId);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean metrics = "metrics".equals(parser.currentName());
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                row.put(name, metrics && !TikTokReportCatalog.isAttributeMetric(name)
                        ? MetricValues.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
                        : MetricValues.text(parser.getText()));
            }
        }
        return row;
    }
}
