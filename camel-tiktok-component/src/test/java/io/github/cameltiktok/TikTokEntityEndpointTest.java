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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.envelope;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entity endpoints against WireMock: the exact requests, every page, the deleted objects, typed rows. */
class TikTokEntityEndpointTest extends TikTokReportTestSupport {

    private static final String CAMPAIGN_GET = "/open_api/v1.3/campaign/get/";
    private static final String ADGROUP_GET = "/open_api/v1.3/adgroup/get/";
    private static final String AD_GET = "/open_api/v1.3/ad/get/";
    /**
     * The filter keys of the two listings that hold every campaign's objects: TikTok refuses TopView combined with
     * another buying type (docs 1739315828649986, 1739314558673922), and lists Promote only when asked.
     */
    private static final String AUCTION_AND_RF = "\"buying_types\":[\"AUCTION\",\"RESERVATION_RF\"],"
            + "\"campaign_system_origins\":[\"TT_ADS_PLATFORM\",\"PROMOTE\"]";
    private static final String TOP_VIEW = "\"buying_types\":[\"RESERVATION_TOP_VIEW\"],"
            + "\"campaign_system_origins\":[\"TT_ADS_PLATFORM\",\"PROMOTE\"]";
    /** The endpoint options' defaults, which the test contexts narrow to TikTok's own. */
    private static final String EVERY_CAMPAIGN = "&" + TestContexts.EVERY_CAMPAIGN;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Exchange exchange) {
        return exchange.getMessage().getBody(List.class);
    }

    private static Map<String, Object> campaign(Object id, String name, String status) {
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("campaign_id", id);
        campaign.put("campaign_name", name);
        campaign.put("secondary_status", status);
        campaign.put("budget", 120.5);
        campaign.put("create_time", "2025-12-01 08:00:00");
        return campaign;
    }

    private static List<LoggedRequest> requests(String path) {
        return wiremock.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void campaignsFollowEveryPageThenListTheDeletedOnes() {
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("page", equalTo("1"))
                .withQueryParam("filtering", notContaining("primary_status"))
                .willReturn(okJson(page(1, 2, 3, 2, List.of(
                        campaign("1800000000000000001", "Spring", "CAMPAIGN_STATUS_ENABLE"),
                        campaign(1800000000000000002L, "Summer", "CAMPAIGN_STATUS_DISABLE"))))));
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("page", equalTo("2"))
                .withQueryParam("filtering", notContaining("primary_status"))
                .willReturn(okJson(page(2, 2, 3, 2, List.of(
                        campaign("1800000000000000003", "Autumn", "CAMPAIGN_STATUS_ENABLE"))))));
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("page", equalTo("1"))
                .withQueryParam("filtering", containing("\"primary_status\":\"STATUS_DELETE\""))
                .willReturn(okJson(page(1, 2, 1, 1, List.of(
                        campaign("1800000000000000009", "Old", "CAMPAIGN_STATUS_DELETE"))))));
        // the TopView listing: one campaign, none deleted
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).atPriority(1)
                .withQueryParam("filtering", containing("RESERVATION_TOP_VIEW"))
                .willReturn(okJson(page(1, 2, 1, 1, List.of(
                        campaign("1800000000000000020", "TopView launch", "CAMPAIGN_STATUS_ENABLE"))))));
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).atPriority(1)
                .withQueryParam("filtering", matching(".*RESERVATION_TOP_VIEW.*STATUS_DELETE.*"))
                .willReturn(okJson(page(1, 2, 0, 0, List.of()))));

        Exchange exchange = produce("tiktok-report:campaigns?advertiserId=" + ADVERTISER + "&pageSize=2"
                                    + EVERY_CAMPAIGN);

        List<Map<String, Object>> objects = objects(exchange);
        assertThat(objects).extracting(o -> o.get("campaign_id")).containsExactly("1800000000000000001",
                "1800000000000000002", "1800000000000000003", "1800000000000000009", "1800000000000000020");
        Map<String, Object> first = objects.get(0);
        assertThat(first).containsEntry("advertiser_id", ADVERTISER).containsEntry("campaign_name", "Spring")
                .containsEntry("create_time", "2025-12-01 08:00:00");
        assertThat(first.get("budget")).isEqualTo(new BigDecimal("120.5"));
        assertThat(objects.get(3)).containsEntry("secondary_status", "CAMPAIGN_STATUS_DELETE");
        assertThat(exchange.getMessage().getHeaders()).containsEntry(TikTokReportConstants.ADVERTISER_ID, ADVERTISER)
                .containsEntry(TikTokReportConstants.TOTAL_NUMBER, 5L);

        List<LoggedRequest> sent = requests(CAMPAIGN_GET);
        assertThat(sent).hasSize(5);
        Map<String, String> query = TikTokApiStubs.query(sent.get(0));
        assertThat(query).containsOnlyKeys("advertiser_id", "fields", "filtering", "page", "page_size");
        assertThat(query).containsEntry("advertiser_id", ADVERTISER).containsEntry("page", "1")
                .containsEntry("page_size", "2")
                .containsEntry("fields", "[\"campaign_id\",\"campaign_name\",\"advertiser_id\",\"operation_status\","
                        + "\"secondary_status\",\"objective_type\",\"campaign_type\",\"budget_mode\",\"budget\","
                        + "\"roas_bid\",\"create_time\",\"modify_time\"]")
                .containsEntry("filtering", "{" + AUCTION_AND_RF + "}");
        assertThat(TikTokApiStubs.query(sent.get(1))).containsEntry("page", "2");
        assertThat(TikTokApiStubs.query(sent.get(2))).containsEntry("page", "1")
                .containsEntry("filtering", "{" + AUCTION_AND_RF + ",\"primary_status\":\"STATUS_DELETE\"}");
        // TopView apart: TikTok refuses it combined with another buying type
        assertThat(TikTokApiStubs.query(sent.get(3))).containsEntry("page", "1").containsEntry("page_size", "2")
                .containsEntry("filtering", "{" + TOP_VIEW + "}");
        assertThat(TikTokApiStubs.query(sent.get(4)))
                .containsEntry("filtering", "{" + TOP_VIEW + ",\"primary_status\":\"STATUS_DELETE\"}");
        assertThat(sent).noneSatisfy(r -> assertThat(TikTokApiStubs.query(r).get("filtering"))
                .contains("RESERVATION_RF\",\"RESERVATION_TOP_VIEW"));
        assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("Access-Token")).isEqualTo(TOKEN));
    }

    @Test
    void aListingWhosePagesShiftIsReadAgainAndOneThatNeverAddsUpFails() {
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("advertiser_id", equalTo("111"))
                .withQueryParam("page", equalTo("1")).willReturn(okJson(page(1, 2, 3, 2, List.of(
                        campaign("1", "A", "x"), campaign("2", "B", "x"))))));
        // a campaign created while page 1 was read: page 2 counts 4 and repeats B
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("advertiser_id", equalTo("111"))
                .withQueryParam("page", equalTo("2")).inScenario("shift").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("settled").willReturn(okJson(page(2, 2, 4, 2, List.of(
                        campaign("2", "B", "x"), campaign("3", "C", "x"))))));
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("advertiser_id", equalTo("111"))
                .withQueryParam("page", equalTo("2")).inScenario("shift").whenScenarioStateIs("settled")
                .willReturn(okJson(page(2, 2, 3, 2, List.of(campaign("3", "C", "x"))))));
        // TikTok counts 3 but lists 2, every time
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("advertiser_id", equalTo("222"))
                .willReturn(okJson(page(1, 1000, 3, 1, List.of(campaign("1", "A", "x"), campaign("2", "B", "x"))))));

        List<Map<String, Object>> objects = objects(produce("tiktok-report:campaigns?advertiserId=111&pageSize=2"
                                                            + "&includeDeleted=false"));

        assertThat(objects).extracting(o -> o.get("campaign_id")).containsExactly("1", "2", "3");
        assertThat(requests(CAMPAIGN_GET)).hasSize(4);
        assertThatThrownBy(() -> produce("tiktok-report:campaigns?advertiserId=222&includeDeleted=false"))
                .hasStackTraceContaining("The campaigns of advertiser 222 changed while they were listed, 3 times");
        assertThat(requests(CAMPAIGN_GET)).hasSize(4 + 3);
    }

    @Test
    void adGroupsSendTheUsersFieldsAndFilteringAndOneListingWhenItNamesAStatus() {
        wiremock.stubFor(get(urlPathEqualTo(ADGROUP_GET)).willReturn(okJson(page(1, 1000, 1, 1, List.of(
                Map.of("adgroup_id", "1790000000000000001", "adgroup_name", "Lookalike", "bid_price", "0.35",
                        "location_ids", List.of(6252001, 2635167), "dayparting", Map.of("monday", "111"),
                        "frequency", 3))))));

        Exchange exchange = produce("tiktok-report:adgroups?advertiserId=" + ADVERTISER
                                    + "&fields=adgroup_name,bid_price,location_ids,dayparting,frequency"
                                    + "&filters={\"campaign_ids\":[\"1800000000000000001\"],"
                                    + "\"primary_status\":\"STATUS_DELIVERY_OK\"}" + EVERY_CAMPAIGN);

        Map<String, Object> object = objects(exchange).get(0);
        assertThat(object).containsEntry("adgroup_id", "1790000000000000001")
                .containsEntry("advertiser_id", ADVERTISER).containsEntry("frequency", 3L)
                .containsEntry("dayparting", Map.of("monday", "111"));
        assertThat(object.get("bid_price")).isEqualTo(new BigDecimal("0.35"));
        assertThat(object.get("location_ids")).as("ids stay text").isEqualTo(List.of("6252001", "2635167"));
        List<LoggedRequest> sent = requests(ADGROUP_GET);
        assertThat(sent).as("the status named: TikTok's filter, no listing of deleted ones; TopView apart")
                .hasSize(2);
        assertThat(TikTokApiStubs.query(sent.get(0)))
                .containsEntry("fields", "[\"adgroup_id\",\"adgroup_name\",\"bid_price\",\"location_ids\","
                        + "\"dayparting\",\"frequency\"]")
                .containsEntry("filtering", "{\"campaign_ids\":[\"1800000000000000001\"],"
                        + "\"primary_status\":\"STATUS_DELIVERY_OK\"," + AUCTION_AND_RF + "}")
                .containsEntry("page_size", "1000");
        // /adgroup/get/ lists at most 100 TopView ad groups a page (doc 1739314558673922)
        assertThat(TikTokApiStubs.query(sent.get(1)))
                .containsEntry("filtering", "{\"campaign_ids\":[\"1800000000000000001\"],"
                        + "\"primary_status\":\"STATUS_DELIVERY_OK\"," + TOP_VIEW + "}")
                .containsEntry("page_size", "100");
    }

    @Test
    void adsWithoutDeletedObjectsAreOneListingWithTikToksDefaultStatus() {
        wiremock.stubFor(get(urlPathEqualTo(AD_GET)).willReturn(okJson(page(1, 1000, 1, 1, List.of(
                Map.of("ad_id", "1780000000000000001", "ad_name", "Video A", "adgroup_id", "1790000000000000001"))))));

        List<Map<String, Object>> objects = objects(produce("tiktok-report:ads?advertiserId=" + ADVERTISER
                                                            + "&includeDeleted=false" + EVERY_CAMPAIGN));

        assertThat(objects).as("the same ad in both listings is delivered once").hasSize(1);
        assertThat(requests(AD_GET)).extracting(r -> TikTokApiStubs.query(r).get("filtering"))
                .containsExactly("{" + AUCTION_AND_RF + "}", "{" + TOP_VIEW + "}");
        // narrowed: auction campaigns of Ads Manager only, one listing
        wiremock.resetRequests();
        produce("tiktok-report:ads?advertiserId=" + ADVERTISER + "&includeDeleted=false&buyingTypes=AUCTION"
                + "&campaignOrigins=TT_ADS_PLATFORM");
        assertThat(requests(AD_GET)).extracting(r -> TikTokApiStubs.query(r).get("filtering"))
                .containsExactly("{\"buying_types\":[\"AUCTION\"],\"campaign_system_origins\":[\"TT_ADS_PLATFORM\"]}");
    }

    @Test
    void advertisersAreDescribedInOneRequestAndTyped() {
        wiremock.resetAll();
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.ADVERTISER_INFO_PATH))
                .withQueryParam("advertiser_ids", equalTo("[\"111\",\"222\"]"))
                .willReturn(okJson(envelope(0, "OK", "req-info", Map.of("list", List.of(
                        Map.of("advertiser_id", "222", "name", "Shop B", "balance", 99.5, "create_time",
                                1764576000L, "currency", "EUR"),
                        Map.of("advertiser_id", "111", "name", "Shop A", "balance", "10.25", "create_time",
                                1764576001L, "currency", "USD")))))));

        Exchange exchange = produce("tiktok-report:advertisers?advertiserId=111,222&fields=name,balance,currency,"
                                    + "create_time");

        List<Map<String, Object>> objects = objects(exchange);
        assertThat(objects).extracting(o -> o.get("advertiser_id")).as("in the order asked")
                .containsExactly("111", "222");
        assertThat(objects.get(0).get("balance")).isEqualTo(new BigDecimal("10.25"));
        assertThat(objects.get(1).get("balance")).isEqualTo(new BigDecimal("99.5"));
        assertThat(objects.get(0)).containsEntry("create_time", 1764576001L);
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(TikTokApiStubs.ADVERTISER_INFO_PATH))))
                .singleElement().satisfies(r -> assertThat(TikTokApiStubs.query(r))
                        .containsOnlyKeys("advertiser_ids", "fields")
                        .containsEntry("fields", "[\"advertiser_id\",\"name\",\"balance\",\"currency\","
                                + "\"create_time\"]"));
    }

    @Test
    void anAdvertiserTikTokDoesNotDescribeFailsTheExchange() {
        assertThatThrownBy(() -> produce("tiktok-report:advertisers?advertiserId=111,999"))
                .hasStackTraceContaining("does not describe advertiser 999");
    }

    @Test
    void theConsumerDeliversOneSnapshotPerAdvertiserOrOneExchangePerObject() throws Exception {
        for (String advertiser : List.of("111", "222")) {
            wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("advertiser_id", equalTo(advertiser))
                    .withQueryParam("filtering", notContaining("primary_status"))
                    .willReturn(okJson(page(1, 1000, 2, 1, List.of(campaign(advertiser + "1", "A", "x"),
                            campaign(advertiser + "2", "B", "x"))))));
            wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).withQueryParam("advertiser_id", equalTo(advertiser))
                    .withQueryParam("filtering", containing("STATUS_DELETE"))
                    .willReturn(okJson(page(1, 1000, 0, 0, List.of()))));
        }
        MockEndpoint snapshots = getMockEndpoint("mock:snapshots");
        snapshots.expectedMessageCount(2);
        MockEndpoint rows = getMockEndpoint("mock:objects");
        rows.expectedMessageCount(4);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("tiktok-report:campaigns?advertiserId=111,222&repeatCount=1&initialDelay=0")
                        .routeId("snapshots").to("mock:snapshots");
                from("tiktok-report:campaigns?advertiserId=111,222&splitRows=true&repeatCount=1&initialDelay=0")
                        .to("mock:objects");
            }
        });

        snapshots.assertIsSatisfied();
        rows.assertIsSatisfied();
        assertThat(objects(snapshots.getExchanges().get(0))).hasSize(2);
        assertThat(snapshots.getExchanges()).extracting(e -> e.getMessage()
                .getHeader(TikTokReportConstants.ADVERTISER_ID)).containsExactly("111", "222");
        assertThat(rows.getExchanges().get(0).getMessage().getBody(Map.class)).containsEntry("campaign_id", "1111");
        // the running consumer polls once an hour unless delay is set, as a report's does
        assertThat(((TikTokEntityConsumer) context.getRoute("snapshots").getConsumer()).getDelay())
                .isEqualTo(3_600_000L);
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(CAMPAIGN_GET))
                .withQueryParam("page", equalTo("1")).withQueryParam("advertiser_id", equalTo("111")))).hasSize(4);
    }

    @Test
    void badFieldsFilterKeysAndMisplacedOptionsAreRefusedBeforeAnyRequest() {
        String uri = "tiktok-report:campaigns?advertiserId=" + ADVERTISER + "&fields=campaign_nme,budget"
                     + "&filters={\"campaign_idz\":[\"1\"],\"primary_status\":\"STATUS_TIME_DONE\",\"buying_types\":"
                     + "[\"AUCTIONS\"],\"secondary_status\":\"CAMPAIGN_STATUS_PAUSED\"}&metrics=spend&pageSize=0"
                     + "&buyingTypes=AUCTION,TOPVIEW";
        assertThatThrownBy(() -> produce(uri)).satisfies(e -> assertThat(
                TikTokReportConfigurationErrorsTest.messages(e))
                .contains("Invalid value 'campaign_nme' for option fields: not known for tiktok-report:campaigns."
                          + " Did you mean campaign_name")
                .contains("Invalid value 'campaign_idz' for option filters (key of tiktok-report:campaigns)")
                .contains("Did you mean campaign_ids")
                // TikTok's spec's CampaignPrimaryStatus and CampaignSecondaryStatus
                .contains("Invalid value 'STATUS_TIME_DONE' for option filters.primary_status. Allowed values:"
                          + " STATUS_ALL, STATUS_DELETE, STATUS_DELIVERY_OK, STATUS_DISABLE, STATUS_NOT_DELETE,"
                          + " STATUS_NOT_DELIVERY")
                .contains("Invalid value 'CAMPAIGN_STATUS_PAUSED' for option filters.secondary_status")
                .contains("Invalid value 'TOPVIEW' for option buyingTypes. Allowed values: AUCTION,"
                          + " RESERVATION_RF, RESERVATION_TOP_VIEW")
                .contains("Invalid value 'AUCTIONS' for option filters.buying_types")
                .contains("Invalid option metrics on tiktok-report:campaigns: it is for reports")
                .contains("Invalid value '0' for option pageSize. Allowed values: 1 to 1000")
                .doesNotContain(TOKEN));
        assertThatThrownBy(() -> produce("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                         + "&startDate=2026-11-01&endDate=2026-11-02&fields=adgroup_name"))
                .hasStackTraceContaining("Invalid option fields on a report endpoint");
        assertThatThrownBy(() -> produce("tiktok-report:advertisers?advertiserId=" + ADVERTISER
                                         + "&filters={\"x\":1}&pageSize=10"))
                .hasStackTraceContaining("Invalid option filters, pageSize on tiktok-report:advertisers");
        assertThatThrownBy(() -> produce("tiktok-report:ads?advertiserId=" + ADVERTISER + "&filters=[1]"))
                .hasStackTraceContaining("not a JSON object");
        assertThatThrownBy(() -> produce("tiktok-report:ads?advertiserId=" + ADVERTISER + "&param.page=2"))
                .hasStackTraceContaining("Invalid option param.page: the component sends page itself");
        assertThat(allRequests()).isEmpty();
    }

    @Test
    void aFieldThisComponentDoesNotKnowIsSentWithValidateFieldsFalse() {
        wiremock.stubFor(get(urlPathEqualTo(CAMPAIGN_GET)).willReturn(okJson(page(1, 1000, 0, 0, List.of()))));

        produce("tiktok-report:campaigns?advertiserId=" + ADVERTISER + "&fields=new_field&validateFields=false"
                + "&includeDeleted=false");

        assertThat(requests(CAMPAIGN_GET)).singleElement().satisfies(r -> assertThat(TikTokApiStubs.query(r))
                .containsEntry("fields", "[\"campaign_id\",\"new_field\"]"));
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(CAMPAIGN_GET))
                .withQueryParam("filtering", absent()))).isEmpty();
    }
}
