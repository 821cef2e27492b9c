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
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * validateFields as the contract gives it: known names checked per report type, a near miss of a known name refused
 * before any request, any other name sent with one warning (TikTok decides, and its 40002 names the new name);
 * strict refuses every unknown name, false refuses none. Values of names the catalog does not know are typed from
 * the answer.
 */
class TikTokFieldCatalogTest extends TikTokReportTestSupport {

    private static final String URI = "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                      + "&startDate=2026-11-01&endDate=2026-11-01&metrics=";

    private Throwable startFailure(String uri) {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report").to(uri);
            }
        }));
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Starts a route to the URI and returns what it logged on the way. */
    private String started(String uri) throws Exception {
        return TestLogs.stderrOf(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report").to(uri);
            }
        }));
    }

    private static String item(String adgroup, String metrics) {
        return "{\"dimensions\":{\"adgroup_id\":\"" + adgroup + "\",\"stat_time_day\":\"2026-11-01 00:00:00\"},"
               + "\"metrics\":{" + metrics + "}}";
    }

    private static String page(String... items) {
        return "{\"code\":0,\"message\":\"OK\",\"request_id\":\"req-1\",\"data\":{\"list\":[" + String.join(",", items)
               + "],\"page_info\":{\"page\":1,\"page_size\":1000,\"total_number\":" + items.length
               + ",\"total_page\":1}}}";
    }

    @Test
    void aNearMissOfAKnownNameFailsBeforeAnyRequestNamingIt() {
        Throwable failure = startFailure(URI + "spend,complete_paymnet_roas");

        assertThat(failure.getMessage()).contains("Invalid value 'complete_paymnet_roas' for option metrics",
                "Did you mean complete_payment_roas?");
        assertThat(allRequests()).isEmpty();
    }

    @Test
    void aNewNameIsSentWithOneWarningAndTikToksRefusalNamesIt() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(TikTokApiStubs.error(
                40002, "metrics: Invalid metric zz_new_metric_2027.", "req-refused"))));
        String logged = started(URI + "spend,zz_new_metric_2027");

        assertThat(logged.lines().filter(l -> l.contains("WARN") && l.contains("zz_new_metric_2027")).toList())
                .singleElement().asString().contains("not in this version's catalog", "TikTok decides");
        Exchange exchange = template.request("direct:report", e -> { });

        assertThat(TikTokApiStubs.query(reportRequests().get(0)).get("metrics"))
                .isEqualTo("[\"spend\",\"zz_new_metric_2027\"]");
        TikTokApiException failure = exchange.getException(TikTokApiException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getCode()).isEqualTo(40002);
        assertThat(failure.getMessage()).startsWith("TikTok refused the request, which names 'zz_new_metric_2027': not"
                                                    + " in this version's catalog")
                .contains("TikTok says: metrics: Invalid metric zz_new_metric_2027.", "req-refused");
    }

    @Test
    void strictRefusesEveryUnknownNameAndFalseSendsEvenANearMiss() throws Exception {
        assertThat(startFailure(URI + "spend,zz_new_metric_2027&validateFields=strict").getMessage())
                .contains("Invalid value 'zz_new_metric_2027' for option metrics");
        assertThat(startFailure(URI + "spend&validateFields=sometimes").getMessage())
                .contains("Invalid value 'sometimes' for option validateFields. Allowed values: true, strict, false");

        assertThat(started(URI + "complete_paymnet_roas&validateFields=false"))
                .contains("complete_paymnet_roas", "sent anyway because validateFields=false");
        assertThat(allRequests()).isEmpty();
    }

    @Test
    void namesOfTikToksListsPassSilentlyForEveryIntegratedReport() throws Exception {
        String logged = started(URI + "spend,complete_payment_roas,cost_per_consideration,checkout,add_to_wishlist");
        assertThat(logged).doesNotContain("not in this version's catalog");
    }

    @Test
    @SuppressWarnings("unchecked")
    void valuesOfNamesTheCatalogDoesNotKnowAreTypedFromTheAnswer() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(
                item("1790000000000000001", "\"spend\":\"12.50\",\"zz_count\":\"7\",\"zz_ratio\":\"1.25\","
                                            + "\"zz_label\":\"Spring sale\",\"zz_cost\":\"12\",\"zz_missing\":\"-\""),
                item("1790000000000000002", "\"spend\":\"1.00\",\"zz_count\":\"8\",\"zz_ratio\":\"2\","
                                            + "\"zz_label\":\"x\",\"zz_cost\":\"3.5\"")))));
        started(URI + "spend,zz_count,zz_ratio,zz_label,zz_cost,zz_missing");
        List<Map<String, Object>> rows = template.requestBody("direct:report", null, List.class);

        Map<String, Object> first = rows.get(0);
        assertThat(first.get("zz_count")).isEqualTo(7L);
        assertThat(first.get("zz_ratio")).isEqualTo(new BigDecimal("1.25"));
        assertThat(first.get("zz_label")).isEqualTo("Spring sale");
        // an amount by its name stays a BigDecimal whatever TikTok wrote
        assertThat(first.get("zz_cost")).isEqualTo(new BigDecimal("12"));
        assertThat(first.get("zz_missing")).isNull();
        // a metric TikTok leaves out of a row stays absent, never 0
        assertThat(rows.get(1)).doesNotContainKey("zz_missing");
        assertThat(rows.get(1).get("zz_cost")).isEqualTo(new BigDecimal("3.5"));
    }

    @Test
    void newTikTokMetricsAreReadFromTheSimulatorAsNumbersThatAgree() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0))) {
            java.time.LocalDate day = java.time.LocalDate.now().minusDays(5);
            List<Map<String, Object>> rows = TestContexts.read(tiktok, "tiktok-report:campaign-summary?advertiserId="
                    + tiktok.advertiserIds().get(0) + "&startDate=" + day + "&endDate=" + day
                    + "&metrics=spend,complete_payment,value_per_complete_payment,complete_payment_roas,"
                    + "cost_per_consideration");

            assertThat(rows).isNotEmpty().allSatisfy(row -> {
                assertThat(row.get("complete_payment")).isInstanceOf(Long.class);
                assertThat(row.get("complete_payment_roas")).isInstanceOf(BigDecimal.class);
                assertThat(row.get("cost_per_consideration")).isInstanceOf(BigDecimal.class);
                BigDecimal spend = (BigDecimal) row.get("spend");
                BigDecimal purchases = BigDecimal.valueOf((Long) row.get("complete_payment"));
                BigDecimal value = ((BigDecimal) row.get("value_per_complete_payment")).multiply(purchases);
                if (spend.signum() > 0) {
                    // ROAS is the purchases' value over spend (each value per purchase rounded to cents)
                    BigDecimal tolerance = new BigDecimal("0.01").add(new BigDecimal("0.005").multiply(purchases)
                            .divide(spend, 2, java.math.RoundingMode.UP));
                    assertThat((BigDecimal) row.get("complete_payment_roas")).isCloseTo(
                            value.divide(spend, 2, java.math.RoundingMode.HALF_UP),
                            org.assertj.core.data.Offset.offset(tolerance));
                }
            });
        }
    }
}
