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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.http.TikTokApiException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One page of the integrated report read from its stream, without a server or a CamelContext. */
class ReportPageParserTest {

    private static final String TOKEN = "parser-test-token";

    private final ReportPageParser parser = new ReportPageParser(new HttpTransport(
            HttpClientFactory.create(new HttpClientFactory.Settings(1_000, 1_000, null, null, null), null),
            new ObjectMapper(), "http://127.0.0.1:1", RetryPolicy.NONE, null, () -> TOKEN,
            new HttpTransport.Deadlines(Duration.ofSeconds(1), Duration.ZERO, null), new ReportStatistics()));

    private static ClassicHttpResponse answer(int status, String json, String throttle) {
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(status);
        response.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        if (throttle != null) {
            response.addHeader(ReportPageParser.ADS_THROTTLE_HEADER, throttle);
        }
        return response;
    }

    private static final String PAGE = "{\"code\":0,\"message\":\"OK\",\"request_id\":\"rq1\",\"data\":{"
            + "\"page_info\":{\"page\":1,\"page_size\":2,\"total_number\":3,\"total_page\":2},"
            + "\"total_metrics\":{\"spend\":\"30.00\"},"
            + "\"list\":[{\"metrics\":{\"clicks\":\"7\",\"spend\":\"12.50\",\"campaign_name\":\"Spring\"},"
            + "\"dimensions\":{\"campaign_id\":\"1801\",\"stat_time_day\":\"2026-11-01 00:00:00\"}},"
            + "{\"dimensions\":{\"campaign_id\":\"1802\",\"stat_time_day\":\"2026-11-01 00:00:00\"},"
            + "\"metrics\":{\"clicks\":\"-\",\"spend\":\"0\",\"campaign_name\":\"-\"}},"
            + "{\"advertiser_id\":\"7001\"}]}}";

    @Test
    void rowsAreFlattenedDimensionsFirstAndTyped() throws Exception {
        ReportPageParser.ReportPage page = parser.read(answer(200, PAGE, null), 5);
        assertThat(page.requestId).isEqualTo("rq1");
        assertThat(page.pageNumber).isEqualTo(1);
        assertThat(page.totalNumber).isEqualTo(3);
        assertThat(page.totalPage).isEqualTo(2);
        assertThat(page.items).as("the item without figures counts, but is no row").isEqualTo(3);
        assertThat(page.rows).hasSize(2);
        Map<String, Object> first = page.rows.get(0);
        assertThat(new ArrayList<>(first.keySet()))
                .containsExactly("campaign_id", "stat_time_day", "clicks", "spend", "campaign_name");
        assertThat(first.get("clicks")).isEqualTo(7L);
        assertThat(first.get("spend")).isEqualTo(new BigDecimal("12.50"));
        assertThat(first.get("campaign_name")).isEqualTo("Spring");
        Map<String, Object> second = page.rows.get(1);
        assertThat(second.get("clicks")).as("TikTok's placeholder").isNull();
        assertThat(second.get("campaign_name")).isNull();
        assertThat(page.totalMetrics).containsEntry("spend", new BigDecimal("30.00"));
    }

    @Test
    void theAdsThrottleHeaderMarksATruncatedAnswer() throws Exception {
        assertThat(parser.read(answer(200, PAGE, "ads_limit=20000"), 5).adsThrottle).isEqualTo("ads_limit=20000");
        assertThat(parser.read(answer(200, PAGE, null), 5).adsThrottle).isNull();
    }

    @Test
    void anErrorEnvelopeGivesNoRow() {
        // (an echoed token is redacted by the transport that sent it: HttpTransportTest)
        String error = "{\"code\":40105,\"message\":\"token revoked\",\"request_id\":\"rq2\",\"data\":{"
                       + "\"list\":[{\"dimensions\":{\"campaign_id\":\"1\"},\"metrics\":{\"spend\":\"1\"}}]}}";
        assertThatThrownBy(() -> parser.read(answer(200, error, null), 3))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(40105);
                    assertThat(e.getRequestId()).isEqualTo("rq2");
                    assertThat(e.getMessage()).startsWith("TikTok API error 40105, ");
                });
    }

    @Test
    void aGatewayPageIsAnHttpErrorAndABrokenBodyIsRetryable() {
        assertThatThrownBy(() -> parser.read(answer(502, "<html>bad gateway</html>", null), 3))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(502);
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThatThrownBy(() -> parser.read(answer(200, "{\"code\":0,\"data\":{\"list\":[{\"dim", null), 3))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void rowsOfOnePageShareTheirNames() throws Exception {
        List<Map<String, Object>> rows = parser.read(answer(200, PAGE, null), 5).rows;
        assertThat(rows.get(0).keySet()).isEqualTo(rows.get(1).keySet());
    }
}
