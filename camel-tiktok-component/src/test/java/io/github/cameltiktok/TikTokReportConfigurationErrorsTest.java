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

import java.util.stream.Stream;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every bad input of the contract's Errors section fails the route start with a message that names the option, the
 * bad value and the allowed values, before any request reaches TikTok.
 */
class TikTokReportConfigurationErrorsTest extends TikTokReportTestSupport {

    private static final String ADV = "advertiserId=" + ADVERTISER;

    static Stream<Arguments> badEndpoints() {
        return Stream.of(
                Arguments.of("adgroup-daily?" + ADV, new String[] { "report name", "'adgroup-daily'", "adgroup-summary, campaign-summary" }),
                Arguments.of("custom?" + ADV + "&reportType=BASICS&dataLevel=AUCTION_AD&dimensions=ad_id&metrics=spend",
                        new String[] { "reportType", "'BASICS'", "BASIC, AUDIENCE, PLAYABLE_MATERIAL, CATALOG, BC, TT_SHOP" }),
                Arguments.of("custom?" + ADV + "&dataLevel=AUCTION_ADSET&dimensions=ad_id&metrics=spend",
                        new String[] { "dataLevel", "'AUCTION_ADSET'", "AUCTION_AD, AUCTION_ADGROUP" }),
                Arguments.of("custom?" + ADV + "&dimensions=ad_id&metrics=spend",
                        new String[] { "dataLevel", "BASIC", "AUCTION_AD, AUCTION_ADGROUP, AUCTION_CAMPAIGN, AUCTION_ADVERTISER" }),
                Arguments.of("custom?" + ADV + "&dataLevel=AUCTION_AD&metrics=spend",
                        new String[] { "Missing option dimensions", "ad_id,stat_time_day" }),
                Arguments.of("adgroup-summary?" + ADV + "&dimensions=campaign_id,stat_time_day",
                        new String[] { "dimensions", "'campaign_id'", "AUCTION_ADGROUP", "adgroup_id, stat_time_day",
                                "validateFields=false" }),
                Arguments.of("adgroup-summary?" + ADV + "&dimensions=adgroup_id,stat_time_day,stat_time_hour",
                        new String[] { "dimensions", "stat_time_day or stat_time_hour" }),
                Arguments.of("adgroup-summary?" + ADV + "&metrics=spend,spendz",
                        new String[] { "metrics", "'spendz'", "spend, billed_cost" }),
                Arguments.of("audience?" + ADV + "&metrics=spend,reach",
                        new String[] { "metrics", "'reach'", "AUDIENCE", "spend" }),
                Arguments.of("adgroup-summary?" + ADV + "&metrics=spend, clicks",
                        new String[] { "metrics", "' clicks'", "without spaces" }),
                Arguments.of("adgroup-summary?" + ADV + "&filters=RAW({\"field_name\":\"campaign_ids\"})",
                        new String[] { "filters", "not a JSON array", "field_name, filter_type and filter_value" }),
                Arguments.of("adgroup-summary?" + ADV + "&filters=RAW([{\"field_name\":\"campaign_ids\",)",
                        new String[] { "filters", "not valid JSON" }),
                Arguments.of("adgroup-summary?" + ADV + "&filters=RAW([{\"field_name\":\"campaign_ids\"}])",
                        new String[] { "filters", "each filter needs field_name, filter_type and filter_value" }),
                Arguments.of("adgroup-summary?" + ADV + "&filters=RAW([{\"field_name\":\"campaign_ids\",\"filter_type\":\"LIKE\",\"filter_value\":\"x\"}])",
                        new String[] { "filters", "'LIKE'", "IN, MATCH" }),
                Arguments.of("adgroup-summary?" + ADV + "&orderField=reach",
                        new String[] { "orderField", "'reach'", "spend, impressions, clicks" }),
                Arguments.of("campaign-summary?" + ADV + "&metrics=campaign_name,spend&orderField=campaign_name",
                        new String[] { "orderField", "'campaign_name'", "Allowed values: spend" }),
                Arguments.of("adgroup-summary?" + ADV + "&orderField=spend&orderType=UP",
                        new String[] { "orderType", "'UP'", "ASC, DESC" }),
                Arguments.of("adgroup-summary?" + ADV + "&pageSize=0", new String[] { "pageSize", "'0'", "1 to 1000" }),
                Arguments.of("adgroup-summary?" + ADV + "&pageSize=1001", new String[] { "pageSize", "'1001'", "1 to 1000" }),
                Arguments.of("adgroup-summary?" + ADV + "&startDate=2026-11-10&endDate=2026-11-01",
                        new String[] { "endDate", "'2026-11-01'", "before option startDate 2026-11-10",
                                "Allowed values: 2026-11-10 or later" }),
                Arguments.of("adgroup-summary?" + ADV + "&startDate=2026-13-01",
                        new String[] { "startDate", "'2026-13-01'", "yyyy-MM-dd" }),
                Arguments.of("adgroup-summary?" + ADV + "&startDate=2026-01-01&endDate=2026-03-01&splitDateRange=false",
                        new String[] { "startDate and endDate", "60 days", "at most 30 days", "splitDateRange=true" }),
                Arguments.of("custom?" + ADV + "&dataLevel=AUCTION_AD&dimensions=ad_id,stat_time_day&metrics=spend&queryLifetime=true",
                        new String[] { "queryLifetime", "time dimension" }),
                Arguments.of("adgroup-summary?lookbackDays=3", new String[] { "Missing option advertiserId" }),
                Arguments.of("adgroup-summary?advertiserId=12ab", new String[] { "advertiserId", "'12ab'", "numeric advertiser ids" }),
                Arguments.of("adgroup-summary?" + ADV + "&lookbackDays=-1", new String[] { "lookbackDays", "'-1'", "1 to 365 days" }),
                Arguments.of("adgroup-summary?" + ADV + "&param.page_size=10", new String[] { "param.page_size", "pageSize" }),
                Arguments.of("adgroup-summary?" + ADV + "&serviceType=BIDDING", new String[] { "serviceType", "'BIDDING'", "AUCTION, RESERVATION" }),
                Arguments.of("adgroup-summary?" + ADV + "&metricz=spend", new String[] { "metricz" }),
                Arguments.of("adgroup-summary?" + ADV + "&concurrency=-1", new String[] { "concurrency", "'-1'", "0 to 64" }));
    }

    @AfterEach
    void noRequestReachedTikTok() {
        assertThat(allRequests()).as("requests sent to TikTok").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("badEndpoints")
    void consumerRouteFailsToStart(String endpoint, String[] expectedParts) {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("tiktok-report:" + endpoint).to("mock:rows");
            }
        })).satisfies(e -> assertThat(messages(e)).contains(expectedParts).doesNotContain(TOKEN));
    }

    @ParameterizedTest
    @MethodSource("badEndpoints")
    void producerRouteFailsToStart(String endpoint, String[] expectedParts) {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to("tiktok-report:" + endpoint);
            }
        })).satisfies(e -> assertThat(messages(e)).contains(expectedParts).doesNotContain(TOKEN));
    }

    @Test
    void missingTokenIsNamed() {
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setAccessToken(null);
        assertThatThrownBy(() -> template.requestBody("tiktok-report:adgroup-summary?" + ADV, (Object) null))
                .satisfies(e -> assertThat(messages(e)).contains("Missing option accessToken", "appId, appSecret and authCode"));
    }

    @Test
    void negativeRateLimitIsNamed() {
        context.getComponent("tiktok-report", TikTokReportComponent.class).setRequestsPerSecond(-2);
        assertThatThrownBy(() -> template.requestBody("tiktok-report:adgroup-summary?" + ADV, (Object) null))
                .satisfies(e -> assertThat(messages(e)).contains("requestsPerSecond", "'-2.0'", "0 for no limit"));
    }

    /** Every message along the cause chain, so that Camel's wrapping does not matter. */
    static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
