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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The parameters of a GMV Max report request, read as TikTok reads them: its lists and its filtering object. */
final class GmvMaxParams {

    private GmvMaxParams() {
    }

    static JsonNode filtering(ObjectMapper mapper, String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode filtering = mapper.readTree(value);
            if (filtering == null || !filtering.isObject()) {
                throw ApiError.invalid("filtering: Not a valid object.");
            }
            for (String key : List.of("campaign_ids", "item_group_ids", "room_ids")) {
                List<String> ids = filterList(filtering, key);
                if (ids != null && ids.size() > 100) {
                    throw ApiError.invalid("filtering." + key + ": at most 100 ids.");
                }
            }
            return filtering;
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("filtering: Not a valid JSON.");
        }
    }

    static String promotionType(JsonNode filtering) {
        List<String> types = filterList(filtering, "gmv_max_promotion_types");
        if (types == null || types.size() != 1) {
            return null;
        }
        if (!Set.of(GmvMaxShop.PRODUCT_TYPE, GmvMaxShop.LIVE_TYPE).contains(types.get(0))) {
            throw ApiError.invalid("filtering.gmv_max_promotion_types: Must be one of PRODUCT, LIVE.");
        }
        return types.get(0);
    }

    static List<String> filterList(JsonNode filtering, String key) {
        JsonNode values = filtering == null ? null : filtering.get(key);
        if (values == null) {
            return null;
        }
        if (!values.isArray()) {
            throw ApiError.invalid("filtering." + key + ": Not a valid list.");
        }
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asText()));
        return list;
    }

    /** A required query parameter holding a JSON array of strings. */
    static List<String> list(ObjectMapper mapper, String value, String field) {
        List<String> list = QueryParams.jsonArray(mapper, value, field);
        if (list == null) {
            throw ApiError.invalid(field + ": Missing data for required field.");
        }
        return list;
    }
}
