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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.junit.jupiter.api.Test;

import static io.github.cameltiktok.TestContexts.context;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees: the endpoint's counters, the dev console, progress lines — and never the token. */
class TikTokReportOperabilityTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String WINDOW = "&startDate=" + TODAY.minusDays(20) + "&endDate=" + TODAY.minusDays(1);

    @Test
    void countersEqualWhatTheServerCounted() throws Exception {
        // no client-side limit against a 3-QPS app: TikTok throttles, the component retries
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 2, 2, 1).withQpsLimit(3);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config); CamelContext context = context(tiktok)) {
            context.start();
            String uri = "tiktok-report:adgroup-summary?pageSize=10&retryInitialDelay=50&retryMaxDelay=400" + WINDOW
                         + "&advertiserId=" + String.join(",", tiktok.advertiserIds());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = context.createProducerTemplate().requestBody(uri, null, List.class);

            ReportStatistics s = context.getEndpoint(uri, TikTokReportEndpoint.class).getStatistics();
            assertThat(tiktok.stats().throttled()).as("TikTok throttled some answers").isPositive();
            assertThat(s.requests()).isEqualTo(tiktok.stats().requests());
            assertThat(s.throttled()).isEqualTo(tiktok.stats().throttled());
            assertThat(s.retries()).isEqualTo(tiktok.stats().throttled());
            assertThat(s.pages()).isEqualTo(tiktok.stats().requests() - tiktok.stats().throttled());
            assertThat(s.rows()).isEqualTo(rows.size()).isEqualTo(2 * 4 * 20);
            assertThat(s.lastRequestId()).isNotBlank();
            assertThat(s.lastSuccess()).isNotNull();
            assertThat(s.failures()).isZero();
        }
    }

    @Test
    void theDevConsoleShowsEveryEndpointWithoutItsToken() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0));
             CamelContext context = context(tiktok)) {
            context.start();
            String token = tiktok.config().accessToken();
            String uri = "tiktok-report:campaign-summary?accessToken=RAW(" + token + ")" + WINDOW + "&advertiserId="
                         + tiktok.advertiserIds().get(0);
            context.createProducerTemplate().requestBody(uri, (Object) null);

            TikTokReportDevConsole console = new TikTokReportDevConsole();
            console.setCamelContext(context);
            String text = (String) console.call(DevConsole.MediaType.TEXT);
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);

            assertThat(text).contains("campaign-summary", "requests: 1", "pages: 1", "rows: 60", "last request id");
            @SuppressWarnings("unchecked")
            Map<String, Object> endpoint = ((List<Map<String, Object>>) json.get("endpoints")).get(0);
            assertThat(endpoint).containsEntry("reportName", "campaign-summary").containsEntry("rows", 60L)
                    .containsEntry("requests", 1L).containsKey("lastRequestId");
            assertThat(text + json).doesNotContain(token).contains("accessToken=xxxxxx");

            // an entity table's endpoint names its last request too
            String table = "tiktok-report:campaigns?advertiserId=" + tiktok.advertiserIds().get(0);
            context.createProducerTemplate().requestBody(table, (Object) null);
            String after = (String) console.call(DevConsole.MediaType.TEXT);
            assertThat(context.getEndpoint(table, TikTokReportEndpoint.class).getStatistics().lastRequestId())
                    .isNotBlank();
            assertThat(after).doesNotContain("last request id: null");
        }
    }

    @Test
    void aLongPullLogsItsProgressAndAShortOneStaysQuiet() throws Exception {
        SimulatorConfig slow = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0).withLatencyMillis(40);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (TikTokSimulator tiktok = TikTokSimulator.start(slow); CamelContext context = context(tiktok)) {
            context.start();
            String advertisers = String.join(",", tiktok.advertiserIds());
            // short: one page per advertiser, well under the interval
            context.createProducerTemplate().requestBody("tiktok-report:advertiser-summary?progressInterval=2000"
                    + "&startDate=" + TODAY.minusDays(3) + "&endDate=" + TODAY.minusDays(1) + "&advertiserId="
                    + advertisers, (Object) null);
            String shortPull = captured.toString(StandardCharsets.UTF_8);
            // long: 45 days (2 chunks) of 12 ad groups, 10 rows a page, for 3 advertisers: about 5 s of pages
            // concurrency 2: chunks read ahead, handed on in order (the default, 0, does the same)
            context.createProducerTemplate().requestBody("tiktok-report:adgroup-summary?pageSize=10&concurrency=2"
                    + "&progressInterval=500&startDate=" + TODAY.minusDays(45) + "&endDate=" + TODAY.minusDays(1)
                    + "&advertiserId=" + advertisers, (Object) null);
            String all = captured.toString(StandardCharsets.UTF_8);
            String longPull = all.substring(shortPull.length());

            assertThat(shortPull).doesNotContain("tiktok-report:advertiser-summary: advertiser")
                    .doesNotContain("tiktok-report:advertiser-summary: read");
            assertThat(longPull).contains("tiktok-report:adgroup-summary: advertiser ", " of 6 (", " rows so far, ",
                    " rows/s, about ", "tiktok-report:adgroup-summary: read 1620 rows of 3 advertisers (6 date"
                                      + " chunks)");
            assertThat(all).doesNotContain(tiktok.config().accessToken());
            // each progress line names its chunk's days (at most 30 of the 45), never the whole window
            List<String> progress = longPull.lines().filter(l -> l.contains(" rows so far, ")).toList();
            assertThat(progress).isNotEmpty().allSatisfy(line -> {
                java.util.regex.Matcher days = java.util.regex.Pattern
                        .compile("\\((\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})\\) done").matcher(line);
                assertThat(days.find()).as(line).isTrue();
                assertThat(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(days.group(1)),
                        java.time.LocalDate.parse(days.group(2))) + 1).as(line).isLessThanOrEqualTo(30);
            });
        } finally {
            System.setErr(originalErr);
        }
    }

    @Test
    void jmxShowsTheEndpointsFigures() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0));
             CamelContext context = context(tiktok)) {
            String uri = "tiktok-report:campaign-summary?advertiserId=" + tiktok.advertiserIds().get(0) + WINDOW;
            // Camel's JMX registers the endpoints of routes
            context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:report").to(uri);
                }
            });
            context.start();
            context.createProducerTemplate().requestBody("direct:report", (Object) null);

            javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            javax.management.ObjectName endpoint = server.queryNames(new javax.management.ObjectName(
                    "org.apache.camel:context=" + context.getManagementName() + ",type=endpoints,*"), null).stream()
                    .filter(name -> name.toString().contains("campaign-summary")).findFirst().orElseThrow(() ->
                            new AssertionError(server.queryNames(null, null).stream().map(Object::toString)
                                    .filter(n -> n.contains("camel")).toList().toString()));
            assertThat(server.getAttribute(endpoint, "RowsDelivered")).isEqualTo(60L);
            assertThat(server.getAttribute(endpoint, "Requests")).isEqualTo(1L);
            assertThat(server.getAttribute(endpoint, "Throttled")).isEqualTo(0L);
            assertThat((String) server.getAttribute(endpoint, "LastRequestId")).isNotBlank();
            // every figure of TikTokReportFiguresMBean is an attribute of the endpoint's MBean
            java.util.List<String> attributes = java.util.Arrays.stream(server.getMBeanInfo(endpoint).getAttributes())
                    .map(javax.management.MBeanAttributeInfo::getName).toList();
            java.util.List<String> figures = java.util.Arrays.stream(TikTokReportFiguresMBean.class.getMethods())
                    .filter(m -> m.isAnnotationPresent(org.apache.camel.api.management.ManagedAttribute.class))
                    .map(m -> m.getName().substring(3)).toList();
            assertThat(figures).hasSize(18);
            assertThat(attributes).containsAll(figures);
        }
    }
}
