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

import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every failure's first words say what went wrong in the user's terms; the context follows. */
class TikTokReportErrorMessagesTest extends TikTokReportTestSupport {

    private Throwable producerFailure(String uri, Map<String, Object> headers) {
        Throwable failure = catchThrowable(() -> template.requestBodyAndHeaders(uri, null, headers));
        assertThat(failure).isInstanceOf(CamelExecutionException.class);
        return failure.getCause();
    }

    private Throwable startFailure(String uri) {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report").to(uri);
            }
        }));
        assertThat(failure).isNotNull();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Test
    void aForbiddenAdvertiserLeadsWithTikToksCodeAndMeaning() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.ADVERTISER_INFO_PATH)).atPriority(1).willReturn(okJson(
                TikTokApiStubs.error(40001, "No permission to operate advertiser 7000000000000000009",
                        "req-forbidden"))));

        Throwable failure = producerFailure("tiktok-report:adgroup-summary?advertiserId=7000000000000000009", Map.of());

        assertThat(failure.getMessage())
                .startsWith("TikTok API error 40001, no permission for advertiser 7000000000000000009: the access"
                            + " token's TikTok user has not authorized it to your app")
                .contains("TikTok says: No permission to operate advertiser 7000000000000000009",
                        "(request_id req-forbidden)", "[GET /open_api/v1.3/advertiser/info/]",
                        "met while looking up the time zone of advertiser 7000000000000000009")
                .doesNotContain(TOKEN);
        assertThat(failure.getMessage().indexOf("40001")).isLessThan(failure.getMessage().indexOf("time zone"));
        assertThat(reportRequests()).isEmpty();
    }

    @Test
    void aRevokedTokenSaysSoFirstAndWhatToDo() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(
                TikTokApiStubs.error(40105, "Access token is incorrect or has been revoked.", "req-revoked"))));

        Throwable failure = producerFailure("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                            + "&startDate=2026-11-01&endDate=2026-11-02", Map.of());

        assertThat(failure.getMessage())
                .startsWith("TikTok API error 40105, the access token is invalid or revoked: get a new one (Connect"
                            + " with TikTok) and set accessToken")
                .contains("TikTok says: Access token is incorrect or has been revoked.",
                        "[GET /open_api/v1.3/report/integrated/get/]")
                .doesNotContain(TOKEN);
        assertThat(((io.github.cameltiktok.client.http.TikTokApiException) failure).getCode()).isEqualTo(40105);
    }

    @Test
    void aMisspelledMetricSuggestsTheRightNameInAShortMessage() {
        Throwable failure = startFailure("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                         + "&metrics=spend,impresions");

        assertThat(failure.getMessage())
                .contains("Invalid value 'impresions' for option metrics: not known for report type BASIC. Did you"
                          + " mean impressions?")
                .contains("more (all of them: docs/fields.md)");
        assertThat(failure.getMessage().length()).as(failure.getMessage()).isLessThan(700);
        assertThat(allRequests()).isEmpty();
    }

    @Test
    void aMisspelledOptionNameNamesTheNearestOptionsBeforeAnyRequest() {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report").to("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                         + "&metric=spend&accesToken=secret-value");
            }
        }));

        assertThat(failure).isInstanceOf(org.apache.camel.FailedToCreateRouteException.class);
        String message = failure.getMessage();
        assertThat(message).contains("Unknown option 'metric'. Did you mean metrics?",
                        "Unknown option 'accesToken'. Did you mean accessToken?", "docs/options.md")
                // no value shown by the component: a misspelled secret stays secret
                .doesNotContain("secret-value")
                // Camel's generic sentence replaced, the endpoint named once
                .doesNotContain("couldn't be set");
        assertThat(message.split("Failed to resolve endpoint", -1)).hasSizeLessThanOrEqualTo(2);
        assertThat(allRequests()).isEmpty();
        // Camel's own validation still runs: a lenient option (the report's free request parameters) passes
        assertThat(catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:other").to("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                        + "&param.some_new_flag=true");
            }
        }))).isNull();
    }

    @Test
    void aMisspelledDimensionAndEnumValueAreSuggestedToo() {
        assertThat(startFailure("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                + "&dimensions=adgroupid,stat_time_day").getMessage())
                .contains("Invalid value 'adgroupid' for option dimensions", "Did you mean adgroup_id?");
        assertThat(startFailure("tiktok-report:custom?advertiserId=" + ADVERTISER
                                + "&reportType=AUDIENSE&dataLevel=AUCTION_AD&dimensions=ad_id&metrics=spend")
                .getMessage())
                .contains("Invalid value 'AUDIENSE' for option reportType. Allowed values: ", "Did you mean AUDIENCE?");
    }

    @Test
    void brokenFiltersJsonNamesThePlaceInTheUsersTextWithoutJacksonsInternals() {
        String filters = "[{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\" \"filter_value\":\"[1]\"}]";
        Throwable failure = startFailure("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                         + "&filters=RAW(" + filters + ")");

        int breakAt = filters.indexOf(" \"filter_value\"") + 2;   // the quote where a comma was expected
        assertThat(failure.getMessage())
                .contains("for option filters: not valid JSON, at character " + breakAt + ": ")
                .contains("\"filter_type\":\"IN\" \" <-- here)")
                .doesNotContain("Source:", "REDACTED", "StreamReadFeature", "line: ", "column: ");
    }

    @Test
    void headersThatPutTheEndBeforeTheStartAreNamed() {
        Throwable failure = producerFailure("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER, Map.of(
                TikTokReportConstants.START_DATE, "2026-11-10", TikTokReportConstants.END_DATE, "2026-11-01"));

        assertThat(failure).isInstanceOf(IllegalArgumentException.class);
        assertThat(failure.getMessage()).isEqualTo("Invalid value '2026-11-01' for header CamelTikTokReportEndDate:"
                + " before header CamelTikTokReportStartDate 2026-11-10, the window's first day. Allowed values:"
                + " 2026-11-10 or later (or drop the header CamelTikTokReportEndDate)");

        Throwable againstEndpoint = producerFailure("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                + "&startDate=2026-11-05&endDate=2026-11-06", Map.of(TikTokReportConstants.END_DATE, "2026-11-01"));
        assertThat(againstEndpoint.getMessage()).startsWith("Invalid value '2026-11-01' for header"
                + " CamelTikTokReportEndDate: before option startDate 2026-11-05");
        assertThat(allRequests()).isEmpty();
    }

    @Test
    void lookbackDaysBelowOneIsRefused() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report").to("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                         + "&lookbackDays=0");
            }
        })).hasStackTraceContaining("Invalid value '0' for option lookbackDays. Allowed values: 1 to 365 days");
    }
}
