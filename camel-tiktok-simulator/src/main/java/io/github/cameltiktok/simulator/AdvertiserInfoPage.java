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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The simulator's {@code /advertiser/info/}: the synthetic accounts' facts, as TikTok's spec names them. */
final class AdvertiserInfoPage {

    private final SimulatorConfig config;
    private final SyntheticData data;
    private final ObjectMapper mapper;

    AdvertiserInfoPage(SimulatorConfig config, SyntheticData data, ObjectMapper mapper) {
        this.config = config;
        this.data = data;
        this.mapper = mapper;
    }

    /**
     * {@code /advertiser/info/}: each account's currency and time zone (and name, status), for at most 100
     * advertisers of the app; {@code fields} narrows the answer.
     */
    Map<String, Object> page(Function<String, String> param) {
        List<String> ids = QueryParams.jsonArray(mapper, param.apply("advertiser_ids"), "advertiser_ids");
        if (ids == null || ids.isEmpty()) {
            throw ApiError.invalid("advertiser_ids: Missing data for required field.");
        }
        if (ids.size() > 100) {
            throw ApiError.invalid("advertiser_ids: at most 100 ids.");
        }
        List<String> fields = QueryParams.jsonArray(mapper, param.apply("fields"), "fields");
        List<Map<String, Object>> list = new ArrayList<>();
        for (String id : ids) {
            int advertiser = data.advertiserIndex(id);
            if (advertiser < 0) {
                throw new ApiError(ApiError.NO_PERMISSION, "No permission to operate advertiser " + id + ".");
            }
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("advertiser_id", id);
            info.put("name", data.name(SyntheticData.Level.ADVERTISER, advertiser));
            info.put("currency", "USD");
            info.put("timezone", config.quirks().zone(advertiser).getId());
            info.put("display_timezone", config.quirks().zone(advertiser).getId());
            info.put("industry", "291905");
            info.put("company", "Example Shop " + (advertiser + 1) + " Ltd");
            info.put("country", "US");
            info.put("status", "STATUS_ENABLE");
            info.put("role", "ROLE_ADVERTISER");
            info.put("balance", 1000 + advertiser * 250.75);
            info.put("create_time", 1764576000L + advertiser * 86_400L);
            if (fields != null) {
                info.keySet().retainAll(fields);
            }
            list.add(info);
        }
        return Map.of("list", list);
    }
}
