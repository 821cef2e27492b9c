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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Query parameters read as TikTok reads them: a wrong one is its 40002 naming the field. */
final class QueryParams {

    private QueryParams() {
    }

    /** A query parameter holding a JSON array of strings, null when absent; TikTok's 40002 when it is not one. */
    static List<String> jsonArray(ObjectMapper mapper, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.readValue(value, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(field + ": Not a valid list.");
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null) {
            throw ApiError.invalid(field + ": Missing data for required field.");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(field + ": Not a valid date, expected YYYY-MM-DD.");
        }
    }

    static int integer(String value, int defaultValue, String field) {
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(field + ": Not a valid integer.");
        }
    }
}
