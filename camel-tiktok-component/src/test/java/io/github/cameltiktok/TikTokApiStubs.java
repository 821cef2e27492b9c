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
package io.github.cameltiktok;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** TikTok's report endpoint as WireMock stubs: the envelope, page_info and string-typed values TikTok sends. */
final class TikTokApiStubs {

    static final String REPORT_PATH = "/open_api/v1.3/report/integrated/get/";
    static final String ADVERTISER_INFO_PATH = "/open_api/v1.3/advertiser/info/";
    static final ObjectMapper JSON = new ObjectMapper();

    private TikTokApiStubs() {
    }

    static WireMockServer startServer() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    /** One row as TikTok sends it: {"dimensions": {...}, "metrics": {...}}, every value a string. */
    static Map<String, Object> row(Map<String, String> dimensions, Map<String, String> metrics) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("dimensions", dimensions);
        row.put("metrics", metrics);
        return row;
    }

    static Map<String, String> map(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static String page(int page, int pageSize, long totalNumber, int totalPage, List<Map<String, Object>> rows) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("page", page);
        pageInfo.put("page_size", pageSize);
        pageInfo.put("total_number", totalNumber);
        pageInfo.put("total_page", totalPage);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("list", rows);
        data.put("page_info", pageInfo);
        return envelope(0, "OK", "req-" + page, data);
    }

    static String envelope(long code, String message, String requestId, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("request_id", requestId);
        body.put("data", data);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String error(long code, String message, String requestId) {
        return envelope(code, message, requestId, Map.of());
    }

    /** A report page answered for one advertiser and page number. */
    static MappingBuilder reportPage(String advertiserId, int page, String body) {
        return get(urlPathEqualTo(REPORT_PATH))
                .withQueryParam("advertiser_id", equalTo(advertiserId))
                .withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(okJson(body));
    }

    /** {@code /advertiser/info/} describing the given advertisers, all in one time zone, currency USD. */
    /**
     * The reads of TopView and Promote campaigns (a report filtered by buying_type or campaign_system_origins),
     * answered with no rows, in front of the stubs of the report's own rows.
     */
    static MappingBuilder noTopViewOrPromoteRows() {
        return get(urlPathEqualTo(REPORT_PATH))
                .withQueryParam("filtering", matching(".*(buying_type|campaign_system_origins).*"))
                .atPriority(1).willReturn(okJson(page(1, 1000, 0, 0, List.of())));
    }

    static MappingBuilder advertiserInfo(String timezone, String... advertiserIds) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String id : advertiserIds) {
            list.add(new LinkedHashMap<>(Map.of("advertiser_id", id, "currency", "USD", "timezone", timezone)));
        }
        return get(urlPathEqualTo(ADVERTISER_INFO_PATH)).willReturn(okJson(envelope(0, "OK", "req-info",
                Map.of("list", list))));
    }

    /** Daily adgroup rows for consecutive days starting at {@code firstDay} (yyyy-MM-dd). */
    static List<Map<String, Object>> dailyRows(String adgroupId, java.time.LocalDate firstDay, int days) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            rows.add(row(map("adgroup_id", adgroupId, "stat_time_day", firstDay.plusDays(i) + " 00:00:00"),
                    map("spend", (10 + i) + ".50", "impressions", Integer.toString(1000 + i), "clicks", "7")));
        }
        return rows;
    }

    /** The query of a logged request, one value per name. */
    static Map<String, String> query(LoggedRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getQueryParams().forEach((name, value) -> query.put(name, value.firstValue()));
        return query;
    }
}
