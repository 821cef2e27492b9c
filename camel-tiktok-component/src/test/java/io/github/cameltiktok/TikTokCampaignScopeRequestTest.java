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

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.map;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static io.github.cameltiktok.TikTokApiStubs.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a campaign report counts, against WireMock stubs that answer as TikTok's docs say: its synchronous report
 * leaves TopView campaigns out unless filtered by {@code buying_type} (doc 1740302848100353) and Promote campaigns
 * unless filtered by {@code campaign_system_origins} (doc 1785880454546433); its advertiser level holds them all.
 */
class TikTokCampaignScopeRequestTest extends TikTokReportTestSupport {

    private static final String WINDOW = "&startDate=2026-11-01&endDate=2026-11-01";
    private static final String CAMPAIGNS = "tiktok-report:campaign-summary?advertiserId=" + ADVERTISER + WINDOW
                                            + "&metrics=campaign_name,spend,impressions&" + TestContexts.EVERY_CAMPAIGN;
    private static final String STATUS_ALL = "{\"field_name\":\"campaign_status\",\"filter_type\":\"IN\","
                                             + "\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}";

    private static Map<String, Object> campaign(String id, String name, String spend, String impressions) {
        return row(map("campaign_id", id, "stat_time_day", "2026-11-01 00:00:00"),
                map("campaign_name", name, "spend", spend, "impressions", impressions));
    }

    /** An account with two auction campaigns, a TopView one and a Promote one, as TikTok serves them. */
    private static void stubAccount() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_CAMPAIGN"))
                .withQueryParam("filtering", equalTo("[" + STATUS_ALL + "]"))
                .willReturn(okJson(page(1, 1000, 2, 1, List.of(campaign("1", "Spring", "10.00", "1000"),
                        campaign("2", "Summer", "5.00", "500"))))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("filtering", matching(".*\"buying_type\".*RESERVATION_TOP_VIEW.*"))
                .willReturn(okJson(page(1, 1000, 1, 1, List.of(campaign("3", "TopView launch", "200.00",
                        "40000"))))));
        // a Promote read that also holds a row of the default view: delivered once
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("filtering", matching(".*\"campaign_system_origins\".*PROMOTE.*"))
                .willReturn(okJson(page(1, 1000, 2, 1, List.of(campaign("4", "Promoted video", "3.50", "700"),
                        campaign("1", "Spring", "10.00", "1000"))))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_ADVERTISER")).withQueryParam("filtering", absent())
                .willReturn(okJson(page(1, 1000, 1, 1, List.of(row(map("advertiser_id", ADVERTISER, "stat_time_day",
                        "2026-11-01 00:00:00"), map("spend", "218.50", "impressions", "42200")))))));
    }

    @Test
    void aCampaignReportDeliversAuctionTopViewAndPromoteCampaignsEachOnceAndReconciles() {
        stubAccount();

        Exchange exchange = produce(CAMPAIGNS + "&reconcile=fail");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
        assertThat(rows).extracting(r -> r.get("campaign_id")).containsExactly("1", "2", "3", "4");
        assertThat(rows).extracting(r -> r.get("campaign_name"))
                .containsExactly("Spring", "Summer", "TopView launch", "Promoted video");
        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_NUMBER)).isEqualTo(4L);

        List<LoggedRequest> reports = reportRequests();
        // the later slices first (their rows are left out of the first one's), then TikTok's default view, then
        // the check of the day against the advertiser level, which holds every ad
        assertThat(reports).extracting(r -> TikTokApiStubs.query(r).get("filtering")).containsExactly(
                "[" + STATUS_ALL + ",{\"field_name\":\"buying_type\",\"filter_type\":\"IN\",\"filter_value\":"
                + "\"[\\\"RESERVATION_TOP_VIEW\\\"]\"}]",
                "[" + STATUS_ALL + ",{\"field_name\":\"campaign_system_origins\",\"filter_type\":\"IN\","
                + "\"filter_value\":\"[\\\"PROMOTE\\\"]\"}]",
                "[" + STATUS_ALL + "]",
                null);
        assertThat(reports).allSatisfy(r -> assertThat(TikTokApiStubs.query(r))
                .containsEntry("advertiser_id", ADVERTISER).containsEntry("start_date", "2026-11-01"));
    }

    @Test
    void narrowedOptionsCountOnlyWhatTheyName() {
        stubAccount();

        Exchange auction = produce(CAMPAIGNS.replace(TestContexts.EVERY_CAMPAIGN,
                "buyingTypes=AUCTION,RESERVATION_RF&campaignOrigins=TT_ADS_PLATFORM"));
        Exchange topView = produce(CAMPAIGNS.replace(TestContexts.EVERY_CAMPAIGN,
                "buyingTypes=RESERVATION_TOP_VIEW&campaignOrigins=TT_ADS_PLATFORM"));

        assertThat(auction.getMessage().getBody(List.class)).hasSize(2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> topViewRows = topView.getMessage().getBody(List.class);
        assertThat(topViewRows).singleElement().satisfies(r -> assertThat(r).containsEntry("campaign_id", "3"));
        assertThat(reportRequests()).hasSize(2);
    }
}
