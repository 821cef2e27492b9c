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
package io.github.cameltiktok.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A report's filters, parsed once when the request is built: the integrated report's JSON array of
 * {@code field_name}/{@code filter_type}/{@code filter_value}, or GMV Max's JSON object. Immutable: every change is a
 * new value. Text that is not JSON is kept as it is, with why it is not, for the validator to name.
 */
public final class ReportFilters {

    /** Reads and writes trees only: no type of the component is bound here. */
    private static final ObjectMapper TREES = new ObjectMapper();

    private final String text;
    private final JsonNode tree;
    private final JsonProcessingException failure;

    private ReportFilters(String text, JsonNode tree, JsonProcessingException failure) {
        this.text = text;
        this.tree = tree;
        this.failure = failure;
    }

    /** The filters of a JSON text; null for none. */
    public static ReportFilters of(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode tree = TREES.readTree(text);
            return new ReportFilters(text, tree == null || tree.isMissingNode() ? null : tree, null);
        } catch (JsonProcessingException e) {
            return new ReportFilters(text, null, e);
        }
    }

    /** The JSON text sent to TikTok. */
    public String text() {
        return text;
    }

    /** A copy of the parsed filters; null when the text is not JSON (or empty). */
    public JsonNode tree() {
        return tree == null ? null : tree.deepCopy();
    }

    /** Why the text is not JSON, or null when it is. */
    public JsonProcessingException failure() {
        return failure;
    }

    /** Each filter of the integrated report's array; none for an object or text that is not JSON. */
    public List<JsonNode> filters() {
        List<JsonNode> filters = new ArrayList<>();
        if (tree != null && tree.isArray()) {
            tree.forEach(filter -> filters.add(filter.deepCopy()));
        }
        return filters;
    }

    /** The fields named, in order: the array's {@code field_name}s, or the object's keys. */
    public List<String> fieldNames() {
        List<String> fields = new ArrayList<>();
        if (tree != null && tree.isArray()) {
            tree.forEach(filter -> fields.add(filter.path("field_name").asText()));
        } else if (tree != null && tree.isObject()) {
            tree.fieldNames().forEachRemaining(fields::add);
        }
        return fields;
    }

    /** The values of the array's {@code field IN [...]} filter, or null when it has none. */
    public List<String> inValues(String field) {
        for (JsonNode filter : filters()) {
            if (field.equals(filter.path("field_name").asText()) && "IN".equals(filter.path("filter_type").asText())) {
                try {
                    List<String> values = new ArrayList<>();
                    TREES.readTree(filter.path("filter_value").asText()).forEach(value -> values.add(value.asText()));
                    return values;
                } catch (JsonProcessingException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * These filters with one more: {@code field IN values}, the value a JSON-encoded string as TikTok wants.
     *
     * @param filters the filters, or null for none
     */
    public static ReportFilters withIn(ReportFilters filters, String field, List<String> values) {
        try {
            ArrayNode array = filters == null ? TREES.createArrayNode() : (ArrayNode) filters.tree();
            array.addObject().put("field_name", field).put("filter_type", "IN")
                    .put("filter_value", TREES.writeValueAsString(values));
            return new ReportFilters(TREES.writeValueAsString(array), array, null);
        } catch (JsonProcessingException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("filters are not a JSON array", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportFilters filters && Objects.equals(text, filters.text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
