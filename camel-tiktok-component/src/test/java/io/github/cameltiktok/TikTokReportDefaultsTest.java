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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.dailyRows;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every default that docs/options.md promises, read from a route that runs as a user's would: a consumer given only
 * its advertiser (and the stand-in's address), on a component given only a token. A default that lives only in an
 * annotation or a javadoc, or that a Camel base class overrides (the poll delay), fails here.
 */
class TikTokReportDefaultsTest {

    private static final String ADVERTISER = "7000000000000000001";
    /** {@code | `option` | `default` | set on | ...} of the generated table. */
    private static final Pattern OPTION_ROW = Pattern.compile("^\\| `([a-zA-Z.<>]+)` \\| `([^`]*)` \\| (both|component|endpoint) \\|.*");
    /** {@code | `option` | `default` | ...} of the scheduler table. */
    private static final Pattern SCHEDULER_ROW = Pattern.compile("^\\| `([a-zA-Z]+)` \\| `([^`]*)` \\| .*");

    private static WireMockServer wiremock;

    @BeforeAll
    static void startTikTok() {
        wiremock = TikTokApiStubs.startServer();
        wiremock.stubFor(TikTokApiStubs.advertiserInfo(ZoneId.systemDefault().getId(), ADVERTISER));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(page(1, 1000, 7, 1, dailyRows("a", LocalDate.now().minusDays(6), 7)))));
    }

    @AfterAll
    static void stopTikTok() {
        wiremock.stop();
    }

    record Documented(String option, String defaultValue, String setOn) {
    }

    static List<Documented> documented(String startMarker, Pattern row) throws Exception {
        return documented(Path.of("..", "docs", "options.md"), startMarker, row);
    }

    static List<Documented> documented(Path file, String startMarker, Pattern row) throws Exception {
        List<Documented> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(startMarker)) {
                inTable = true;
            } else if (inTable && line.startsWith("<!--")) {
                break;
            } else if (inTable) {
                Matcher m = row.matcher(line);
                if (m.matches()) {
                    rows.add(new Documented(m.group(1), m.group(2), m.groupCount() > 2 ? m.group(3) : "consumer"));
                }
            }
        }
        return rows;
    }

    @Test
    void everyDocumentedDefaultIsWhatTheRunningRouteHolds() throws Exception {
        List<Documented> options = documented("<!-- options:start", OPTION_ROW);
        List<Documented> scheduler = documented("<!-- scheduler-options:start", SCHEDULER_ROW);
        // the README's short table: each of its defaults must be the reference's, so the same checks cover it
        List<Documented> dayOne = documented(Path.of("..", "README.md"), "<!-- day-one-options:start", SCHEDULER_ROW);
        assertThat(dayOne).extracting(Documented::option).contains("lookbackDays", "delay", "requestsPerSecond");
        for (Documented d : dayOne) {
            assertThat(java.util.stream.Stream.concat(options.stream(), scheduler.stream())
                    .filter(o -> o.option().equals(d.option())).map(Documented::defaultValue))
                    .as("README default of " + d.option() + " against docs/options.md").containsExactly(d.defaultValue());
        }
        assertThat(options).as("options with a default in docs/options.md").hasSizeGreaterThan(20);
        assertThat(scheduler).extracting(Documented::option).contains("delay", "initialDelay");

        try (CamelContext context = new DefaultCamelContext()) {
            TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
            component.getConfiguration().setAccessToken("defaults-test-token");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the stand-in's address on the endpoint, so that the component keeps its own baseUrl default
                    from("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + "&baseUrl=" + wiremock.baseUrl())
                            .routeId("report").to("mock:rows");
                }
            });
            context.start();
            MockEndpoint rows = context.getEndpoint("mock:rows", MockEndpoint.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> rows.getReceivedCounter() == 1);

            TikTokReportConsumer consumer = (TikTokReportConsumer) context.getRoute("report").getConsumer();
            TikTokReportEndpoint endpoint = consumer.getEndpoint();
            PropertyConfigurerGetter endpointOptions = (PropertyConfigurerGetter) new TikTokReportEndpointConfigurer();
            PropertyConfigurerGetter componentOptions = (PropertyConfigurerGetter) new TikTokReportComponentConfigurer();
            List<String> checked = new ArrayList<>();
            for (Documented d : options) {
                if (!"endpoint".equals(d.setOn())) {
                    assertDefault("component option " + d.option(), d.defaultValue(),
                            componentOptions.getOptionValue(component, d.option(), false));
                }
                if (!"component".equals(d.setOn()) && !"baseUrl".equals(d.option())) {
                    assertDefault("endpoint option " + d.option(), d.defaultValue(),
                            endpointOptions.getOptionValue(endpoint, d.option(), false));
                }
                checked.add(d.option());
            }
            BeanIntrospection beans = PluginHelper.getBeanIntrospection(context);
            for (Documented d : scheduler) {
                assertDefault("consumer option " + d.option(), d.defaultValue(),
                        beans.getOrElseProperty(consumer, d.option(), null, false));
            }
            assertThat(checked).contains("lookbackDays", "pageSize", "mode", "requestsPerSecond", "includeDeleted");
        }
    }

    /** A started context whose component knows only the token and the stand-in's address: route id to URI. */
    private static CamelContext started(Map<String, String> routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setAccessToken("defaults-test-token");
        component.getConfiguration().setBaseUrl(wiremock.baseUrl());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                routes.forEach((id, uri) -> from(uri).routeId(id).to("mock:rows"));
            }
        });
        context.start();
        return context;
    }

    private static void assertDefault(String what, String documented, Object running) {
        assertThat(running).as(what + " (documented default " + documented + ")").isNotNull();
        if (running instanceof Number number) {
            assertThat(new BigDecimal(number.toString())).as(what).isEqualByComparingTo(new BigDecimal(documented));
        } else {
            assertThat(running instanceof Enum<?> e ? e.name() : running.toString()).as(what).isEqualTo(documented);
        }
    }

    /**
     * A route without delay polls once an hour: after its first poll (the window of the last 7 days, today
     * included), nothing more reaches TikTok. Camel's ScheduledPollEndpoint would poll every 500 ms.
     */
    @Test
    void aConsumerWithoutDelaySendsOnePollsRequestsAndWaitsAnHour() throws Exception {
        wiremock.resetRequests();
        try (CamelContext context = started(Map.of("report", "tiktok-report:adgroup-summary?advertiserId="
                                                              + ADVERTISER + "&initialDelay=0"))) {
            MockEndpoint rows = context.getEndpoint("mock:rows", MockEndpoint.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> rows.getReceivedCounter() == 1);
            int onePoll = wiremock.findAll(anyRequestedFor(anyUrl())).size();
            // every campaign is counted by default: TikTok's default view, and TopView and Promote campaigns read
            // with their filters; reconcile=warn by default: the window is compared with TikTok's advertiser total
            assertThat(onePoll).as("the time zone look-up, the report's three reads and the reconciliation check")
                    .isEqualTo(5);
            List<LoggedRequest> reports = wiremock.findAll(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)));
            assertThat(reports).extracting(r -> r.queryParameter("filtering").isPresent()
                    ? r.queryParameter("filtering").firstValue() : null).containsExactly(
                    "[{\"field_name\":\"adgroup_status\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"},"
                    + "{\"field_name\":\"buying_type\",\"filter_type\":\"IN\",\"filter_value\":"
                    + "\"[\\\"RESERVATION_TOP_VIEW\\\"]\"}]",
                    "[{\"field_name\":\"adgroup_status\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"},"
                    + "{\"field_name\":\"campaign_system_origins\",\"filter_type\":\"IN\",\"filter_value\":"
                    + "\"[\\\"PROMOTE\\\"]\"}]",
                    "[{\"field_name\":\"adgroup_status\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]",
                    null);
            assertThat(reports.get(3).queryParameter("data_level").firstValue()).isEqualTo("AUCTION_ADVERTISER");
            assertThat(rows.getExchanges().get(0).getMessage().getHeaders())
                    .containsKey(TikTokReportConstants.RECONCILED);

            // six polls' worth of Camel's generic delay: none may come
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> wiremock.findAll(anyRequestedFor(anyUrl())).size() == onePoll);
            assertThat(rows.getReceivedCounter()).isEqualTo(1);
            TikTokReportConsumer consumer = (TikTokReportConsumer) context.getRoute("report").getConsumer();
            assertThat(consumer.getDelay()).isEqualTo(Duration.ofHours(1).toMillis());

            // lookbackDays=7 (the default) is 7 days: the 6 before today and today
            LocalDate today = LocalDate.now();
            var request = reports.get(2);
            assertThat(request.queryParameter("start_date").firstValue()).isEqualTo(today.minusDays(6).toString());
            assertThat(request.queryParameter("end_date").firstValue()).isEqualTo(today.toString());
        }
    }

    @Test
    void aDelayGivenInAnotherTimeUnitIsKeptAndTheHourFollowsTheUnit() throws Exception {
        try (CamelContext context = started(Map.of(
                "explicit", "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + "&delay=90000"
                            + "&startScheduler=false",
                "seconds", "tiktok-report:campaign-summary?advertiserId=" + ADVERTISER + "&timeUnit=SECONDS"
                           + "&startScheduler=false"))) {
            assertThat(((TikTokReportConsumer) context.getRoute("explicit").getConsumer()).getDelay()).isEqualTo(90_000);
            TikTokReportConsumer seconds = (TikTokReportConsumer) context.getRoute("seconds").getConsumer();
            assertThat(seconds.getDelay()).isEqualTo(3600);
            assertThat(seconds.getTimeUnit()).isEqualTo(java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
