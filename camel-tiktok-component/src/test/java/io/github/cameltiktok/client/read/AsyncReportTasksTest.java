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

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorConfig.TaskBehaviour;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TikTok's report tasks on their own: create, check until done, download the CSV as typed rows, or cancel. */
class AsyncReportTasksTest {

    private static final DateWindow DAYS = new DateWindow(LocalDate.now().minusDays(3), LocalDate.now().minusDays(1));
    private static final ReportRequest CAMPAIGNS = ReportRequest.builder().serviceType("AUCTION").reportType("BASIC")
            .dataLevel("AUCTION_CAMPAIGN").dimensions(List.of("campaign_id", "stat_time_day"))
            .metrics(List.of("spend", "clicks")).pageSize(1000).build();
    private static final String CANCEL = "/open_api/v1.3/report/task/cancel/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    private TikTokSimulator tiktok;
    private HttpTransport transport;
    private final ReportStatistics statistics = new ReportStatistics();

    /** A read that goes on, counted in {@link #statistics}. */
    private ReadContext running() {
        return new ReadContext(() -> true, "test", statistics);
    }

    @AfterEach
    void stop() throws Exception {
        if (tiktok != null) {
            tiktok.close();
        }
        http.close();
    }

    private AsyncReportTasks tasks(TaskBehaviour behaviour, Duration timeout) {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 3, 1, 1).withQpsLimit(0)
                .withTasks(behaviour, 2));
        transport = new HttpTransport(http, mapper, tiktok.baseUrl(),
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5)), null,
                () -> tiktok.config().accessToken(),
                new HttpTransport.Deadlines(Duration.ofSeconds(5), Duration.ZERO, null), statistics);
        return new AsyncReportTasks(transport, null, Duration.ofMillis(5), timeout);
    }

    private String advertiser() {
        return tiktok.advertiserIds().get(0);
    }

    @Test
    void aTaskGivesTheRowsTheSynchronousReportGives() {
        AsyncReportTasks tasks = tasks(TaskBehaviour.SUCCEED, Duration.ofSeconds(10));
        List<Map<String, Object>> fromTask = new ArrayList<>();
        ReportResult result = tasks.read(CAMPAIGNS, advertiser(), DAYS, (rows, id, last) -> fromTask.addAll(rows),
                running());
        List<Map<String, Object>> fromPages = new ArrayList<>();
        new SyncReportPager(transport, ReportKinds.of("BASIC"), null, statistics).readChunk(CAMPAIGNS, advertiser(), DAYS,
                (rows, id, last) -> fromPages.addAll(rows), running());

        assertThat(result.totalNumber()).isEqualTo(fromTask.size());
        assertThat(fromTask).isNotEmpty();
        // same keys in the same order, same types, same time labels
        assertThat(fromTask).containsExactlyInAnyOrderElementsOf(fromPages);
        assertThat(new ArrayList<>(fromTask.get(0).keySet())).isEqualTo(new ArrayList<>(fromPages.get(0).keySet()));
    }

    @Test
    void countryNamesOfATaskBecomeTheCodesSynchronousRowsCarry() {
        AsyncReportTasks tasks = tasks(TaskBehaviour.SUCCEED, Duration.ofSeconds(10));
        ReportRequest byCountry = CAMPAIGNS.toBuilder().dimensions(List.of("campaign_id", "country_code")).build();
        List<Map<String, Object>> fromTask = new ArrayList<>();
        tasks.read(byCountry, advertiser(), DAYS, (rows, id, last) -> fromTask.addAll(rows), running());
        List<Map<String, Object>> fromPages = new ArrayList<>();
        new SyncReportPager(transport, ReportKinds.of("BASIC"), null, statistics).readChunk(byCountry, advertiser(), DAYS,
                (rows, id, last) -> fromPages.addAll(rows), running());

        // the simulator's tasks write "United States" for US, as TikTok's known issue says its tasks do
        assertThat(fromTask).extracting(r -> r.get("country_code")).containsOnly("US", "GB", "DE");
        assertThat(fromTask).containsExactlyInAnyOrderElementsOf(fromPages);
        assertThat(AsyncReportTasks.countryCode("Germany")).isEqualTo("DE");
        assertThatThrownBy(() -> AsyncReportTasks.countryCode("Atlantis"))
                .hasMessageContaining("country_code 'Atlantis'");
    }

    @Test
    void onlyBasicAndAudienceTasksCarryTheTitleTranslationFlag() {
        tasks(TaskBehaviour.SUCCEED, Duration.ofSeconds(10));
        AsyncReportTasks tasks = new AsyncReportTasks(transport, null, Duration.ofMillis(5), Duration.ofSeconds(10));
        assertThat(tasks.body(CAMPAIGNS, advertiser(), DAYS)).containsEntry("enable_report_title_translation", false);
        assertThat(tasks.body(CAMPAIGNS.toBuilder().reportType("CATALOG").dimensions(List.of("catalog_id"))
                .build(), advertiser(), DAYS)).doesNotContainKey("enable_report_title_translation");
    }

    @Test
    void aTaskFileThatTakesLongerThanRequestTimeoutIsReadWhole() throws Exception {
        tasks(TaskBehaviour.SUCCEED, Duration.ofSeconds(10));
        // the file answers after 1.5 s; every request may take 300 ms, readTimeout 5 s between bytes
        tiktok.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(
                "/open_api/v1.3/report/task/download/")).atPriority(1)
                .willReturn(TikTokSimulator.simulatedAnswer().withFixedDelay(1500)));
        java.util.concurrent.ScheduledExecutorService scheduler
                = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            HttpTransport strict = new HttpTransport(http, mapper, tiktok.baseUrl(),
                    new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5)), null,
                    () -> tiktok.config().accessToken(),
                    new HttpTransport.Deadlines(Duration.ofSeconds(5), Duration.ofMillis(300), scheduler),
                    new ReportStatistics());
            List<Map<String, Object>> rows = new ArrayList<>();
            new AsyncReportTasks(strict, null, Duration.ofMillis(5), Duration.ofSeconds(10))
                    .read(CAMPAIGNS, advertiser(), DAYS, (page, id, last) -> rows.addAll(page), running());

            assertThat(rows).hasSize(3 * 3);
            assertThat(tiktok.wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                    urlPathEqualTo("/open_api/v1.3/report/task/download/")))).as("never cut off and sent again")
                    .hasSize(1);
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aTaskBeyondTheAdvertisersHourlyBudgetIsNotCreated() {
        tasks(TaskBehaviour.SUCCEED, Duration.ofSeconds(10));
        AsyncReportTasks budgeted = new AsyncReportTasks(transport, null,
                new io.github.cameltiktok.client.http.TaskBudget(1, 10), Duration.ofMillis(5), Duration.ofSeconds(10));
        budgeted.read(CAMPAIGNS, advertiser(), DAYS, (rows, id, last) -> { }, running());

        assertThatThrownBy(() -> budgeted.read(CAMPAIGNS, advertiser(), DAYS, (rows, id, last) -> { }, running()))
                .isInstanceOf(TaskBudgetSpentException.class)
                .hasMessageContaining("1 report tasks of the last hour");
        assertThat(tiktok.wireMock().findAll(postRequestedFor(urlPathEqualTo("/open_api/v1.3/report/task/create/"))))
                .hasSize(1);
    }

    @Test
    void aFailedTaskFailsTheRead() {
        AsyncReportTasks tasks = tasks(TaskBehaviour.FAIL, Duration.ofSeconds(10));
        assertThatThrownBy(() -> tasks.read(CAMPAIGNS, advertiser(), DAYS, (rows, id, last) -> { }, running()))
                .isInstanceOf(TikTokApiException.class).hasMessageContaining("ended FAILED");
    }

    @Test
    void aTaskPastItsTimeoutIsCancelled() {
        AsyncReportTasks tasks = tasks(TaskBehaviour.NEVER_FINISH, Duration.ofMillis(200));
        assertThatThrownBy(() -> tasks.read(CAMPAIGNS, advertiser(), DAYS, (rows, id, last) -> { }, running()))
                .isInstanceOf(TikTokApiException.class).hasMessageContaining("it was cancelled");
        tiktok.wireMock().verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
    }

    @Test
    void aStopWhileWaitingCancelsTheTask() {
        AsyncReportTasks tasks = tasks(TaskBehaviour.NEVER_FINISH, Duration.ofSeconds(30));
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> tasks.read(CAMPAIGNS, advertiser(), DAYS, (rows, id, last) -> { },
                new ReadContext(() -> checks.incrementAndGet() < 3, "test", statistics)))
                .isInstanceOf(ReadStoppedException.class).hasMessageContaining("the task was cancelled");
        tiktok.wireMock().verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
    }
}
