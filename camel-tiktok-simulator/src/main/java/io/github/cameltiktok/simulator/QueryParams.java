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
