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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.read.ReportInconsistentException;
import io.github.cameltiktok.client.read.ReportReader;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows have one shape whatever TikTok's encoding of its answer: answers written the ways recorded TikTok answers
 * are (ids as numbers, metrics before dimensions, fields on the list item, empty items, errors without a message),
 * each checked for the row's keys, their order and the Java types.
 */
class TikTokReportEncodingTest extends TikTokReportTestSupport {

    private static final String URI = "tiktok-report:custom?advertiserId=" + ADVERTISER
                                      + "&dataLevel=AUCTION_ADGROUP&dimensions=adgroup_id,stat_time_day"
                                      + "&metrics=campaign_id,spend,impressions&startDate=2026-11-01&endDate=2026-11-01";

    /** One page holding the given list items (JSON text), total_number counting them. */
    private static String page(String... items) {
        return "{\"code\":0,\"message\":\"OK\",\"request_id\":\"req-1\",\"data\":{\"list\":[" + String.join(",", items)
               + "],\"page_info\":{\"page\":1,\"page_size\":1000,\"total_number\":" + items.length
               + ",\"total_page\":1}}}";
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String body) {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(body)));
        return template.requestBody(URI, null, List.class);
    }

    private static void assertDocumentedShape(Map<String, Object> row) {
        assertThat(row.keySet()).containsExactly("advertiser_id", "adgroup_id", "stat_time_day", "campaign_id", "spend",
                "impressions");
        assertThat(row.get("advertiser_id")).isEqualTo(ADVERTISER);
        assertThat(row.get("adgroup_id")).isEqualTo("1790000000000000001");
        assertThat(row.get("stat_time_day")).isEqualTo("2026-11-01 00:00:00");
        assertThat(row.get("campaign_id")).isEqualTo("1800000000000000001");
        assertThat(row.get("spend")).isEqualTo(new BigDecimal("12.50"));
        assertThat(row.get("impressions")).isEqualTo(1000L);
    }

    /** TikTok's documented encoding (every value a string), numbers as JSON numbers, metrics before dimensions. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"dimensions\":{\"adgroup_id\":\"1790000000000000001\",\"stat_time_day\":\"2026-11-01 00:00:00\"},"
            + "\"metrics\":{\"campaign_id\":\"1800000000000000001\",\"spend\":\"12.50\",\"impressions\":\"1000\"}}",
            "{\"dimensions\":{\"adgroup_id\":1790000000000000001,\"stat_time_day\":\"2026-11-01 00:00:00\"},"
            + "\"metrics\":{\"campaign_id\":1800000000000000001,\"spend\":12.50,\"impressions\":1000}}",
            "{\"metrics\":{\"campaign_id\":\"1800000000000000001\",\"spend\":\"12.50\",\"impressions\":\"1000\"},"
            + "\"dimensions\":{\"adgroup_id\":\"1790000000000000001\",\"stat_time_day\":\"2026-11-01 00:00:00\"}}" })
    void everyEncodingOfARowGivesTheDocumentedShape(String row) {
        List<Map<String, Object>> rows = rows(page(row));
        assertThat(rows).hasSize(1);
        assertDocumentedShape(rows.get(0));
    }

    @Test
    void nineteenDigitIntegerThatFitsALongIsALong() {
        List<Map<String, Object>> rows = rows(page("{\"dimensions\":{\"adgroup_id\":\"1790000000000000001\","
                + "\"stat_time_day\":\"2026-11-01 00:00:00\"},\"metrics\":{\"campaign_id\":\"1800000000000000001\","
                + "\"spend\":\"12.50\",\"impressions\":\"9223372036854775807\"}}",
                "{\"dimensions\":{\"adgroup_id\":\"1790000000000000002\",\"stat_time_day\":\"2026-11-01 00:00:00\"},"
                + "\"metrics\":{\"campaign_id\":\"1800000000000000001\",\"spend\":\"1\","
                + "\"impressions\":\"9223372036854775808\"}}"));
        assertThat(rows.get(0).get("impressions")).isEqualTo(Long.MAX_VALUE);
        // one past Long.MAX_VALUE: exact, as a BigDecimal
        assertThat(rows.get(1).get("impressions")).isEqualTo(new BigDecimal("9223372036854775808"));
        // an amount is a BigDecimal even when TikTok writes it without decimals
        assertThat(rows.get(1).get("spend")).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void fieldsOfTheListItemAreKeptTheAdvertisersIdFirst() {
        List<Map<String, Object>> rows = rows(page("{\"dimensions\":{\"adgroup_id\":\"1790000000000000001\","
                + "\"stat_time_day\":\"2026-11-01 00:00:00\"},\"metrics\":{\"campaign_id\":\"1800000000000000001\","
                + "\"spend\":\"12.50\",\"impressions\":\"1000\"},\"advertiser_id\":7000000000000000001}"));
        // the advertiser's id leads every row, in one place, whether TikTok's item carries it or not
        assertThat(rows.get(0).keySet()).containsExactly("advertiser_id", "adgroup_id", "stat_time_day",
                "campaign_id", "spend", "impressions");
        assertThat(rows.get(0).get("advertiser_id")).isEqualTo("7000000000000000001");
    }

    /**
     * TikTok sends both objects for every row; an item without one is not dropped (its figures would be lost without
     * a trace): the chunk is read again, and when the item stays malformed the exchange fails naming it.
     */
    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"dimensions\":{\"adgroup_id\":\"1790000000000000002\"}}",
        "{\"metrics\":{\"spend\":\"1.00\"}}" })
    void aListItemWithoutDimensionsOrMetricsFailsTheChunkNamingTheItem(String malformed) {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page("{\"dimensions\":"
                + "{\"adgroup_id\":\"1790000000000000001\",\"stat_time_day\":\"2026-11-01 00:00:00\"},\"metrics\":"
                + "{\"campaign_id\":\"1800000000000000001\",\"spend\":\"12.50\",\"impressions\":\"1000\"}}",
                malformed))));
        Exchange exchange = template.request(URI, e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(ReportInconsistentException.class)
                .hasMessageContaining("list item 2 came without its "
                                      + (malformed.equals("{}") ? "dimensions and metrics"
                                              : malformed.contains("metrics") ? "dimensions" : "metrics")
                                      + " object on page 1")
                .hasMessageContaining("(3 reads, none consistent)");
        assertThat(reportRequests()).as("read again before it fails").hasSize(ReportReader.MAX_CHUNK_READS);
    }

    @Test
    void anErrorWithoutMessageOrRequestIdSaysSoPlainly() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson("{\"code\":40002}")));
        Exchange exchange = template.request(URI, e -> {
        });
        TikTokApiException failure = exchange.getException(TikTokApiException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getCode()).isEqualTo(40002);
        assertThat(failure.getMessage()).startsWith("TikTok API error 40002, a request parameter was refused for advertiser")
                .endsWith(" (no message) [GET /open_api/v1.3/report/integrated/get/]").doesNotContain("null");
    }
}
