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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One chunk read completely or not at all, against the simulator and without a CamelContext: a truncated answer is
 * read again by a report task, or split by ids when TikTok refuses tasks; {@code mode=sync} fails instead.
 */
class ChunkReaderTest {

    private static final DateWindow DAYS = new DateWindow(LocalDate.now().minusDays(3), LocalDate.now().minusDays(1));
    private static final ReportRequest ADGROUPS = ReportRequest.builder().serviceType("AUCTION").reportType("BASIC")
            .dataLevel("AUCTION_ADGROUP").dimensions(List.of("adgroup_id", "stat_time_day"))
            .metrics(List.of("spend", "impressions")).pageSize(5).build();

    private final ObjectMapper mapper = new ObjectMapper();
    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    private final List<TikTokSimulator> simulators = new ArrayList<>();
    private ReportStatistics statistics;

    /** A read that goes on, counted in {@link #statistics}. */
    private ReadContext running() {
        return new ReadContext(() -> true, "test", statistics);
    }

    @AfterEach
    void stop() throws Exception {
        simulators.forEach(TikTokSimulator::close);
        http.close();
    }

    /** 2 campaigns of 3 ad groups of 2 ads: 12 ads. */
    private TikTokSimulator simulator(SimulatorConfig config) {
        return started(config.withEntities(1, 2, 3, 2));
    }

    private TikTokSimulator started(SimulatorConfig config) {
        TikTokSimulator tiktok = TikTokSimulator.start(config.withQpsLimit(0).withTasks(config.tasks(), 1));
        simulators.add(tiktok);
        return tiktok;
    }

    /** The app's task budget; null for none. */
    private io.github.cameltiktok.client.http.TaskBudget budget;

    private ChunkReader reader(TikTokSimulator tiktok, ReadMode mode) {
        statistics = new ReportStatistics();
        HttpTransport transport = new HttpTransport(http, mapper, tiktok.baseUrl(),
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5)), null,
                () -> tiktok.config().accessToken(),
                new HttpTransport.Deadlines(Duration.ofSeconds(5), Duration.ZERO, null), statistics);
        return new ChunkReader(mode, new SyncReportPager(transport, ReportKinds.of("BASIC"), null, statistics),
                new AsyncReportTasks(transport, null, budget, Duration.ofMillis(5), Duration.ofSeconds(10)),
                new EntityReader(transport));
    }

    private List<Map<String, Object>> read(TikTokSimulator tiktok, ReadMode mode) {
        return read(tiktok, mode, ADGROUPS);
    }

    private List<Map<String, Object>> read(TikTokSimulator tiktok, ReadMode mode, ReportRequest request) {
        List<Map<String, Object>> rows = new ArrayList<>();
        reader(tiktok, mode).read(request, tiktok.advertiserIds().get(0), DAYS,
                (page, requestId, last) -> rows.addAll(page), running());
        return rows;
    }

    private static Set<String> keys(List<Map<String, Object>> rows) {
        Set<String> keys = new HashSet<>();
        rows.forEach(row -> keys.add(row.get("adgroup_id") + "@" + row.get("stat_time_day") + "=" + row.get("spend")));
        return keys;
    }

    @Test
    void aTruncatedChunkIsReadAgainByAReportTask() {
        List<Map<String, Object>> whole = read(simulator(SimulatorConfig.defaults().withoutCampaignMix()), ReadMode.SYNC);
        List<Map<String, Object>> recovered = read(simulator(SimulatorConfig.defaults().withoutCampaignMix().withAdsLimit(5)),
                ReadMode.AUTO);
        assertThat(whole).isNotEmpty();
        assertThat(recovered).hasSameSizeAs(whole);
        assertThat(keys(recovered)).isEqualTo(keys(whole));
        assertThat(statistics.recovered()).isEqualTo(1);
        assertThat(statistics.asyncTasks()).isEqualTo(1);
    }

    @Test
    void whenTikTokRefusesTasksTheChunkIsSplitByIds() {
        // 150 campaigns of one ad: split into parts of at most 100 campaign ids, each under the limit of 120 ads
        SimulatorConfig campaigns = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 150, 1, 1);
        ReportRequest request = ADGROUPS.toBuilder().pageSize(1000).build();
        List<Map<String, Object>> whole = read(started(campaigns), ReadMode.SYNC, request);
        List<Map<String, Object>> recovered = read(started(campaigns.withAdsLimit(120)
                .withTasks(SimulatorConfig.TaskBehaviour.NOT_ALLOWED, 1)), ReadMode.AUTO, request);
        assertThat(recovered).hasSameSizeAs(whole);
        assertThat(keys(recovered)).isEqualTo(keys(whole));
        assertThat(statistics.recovered()).isEqualTo(1);
        assertThat(statistics.asyncTasks()).isZero();
        assertThat(statistics.rows()).as("the listing of the ids split by is not the endpoint's output").isZero();
    }

    @Test
    void aStopWhileTheIdsToSplitByAreListedEndsTheReadWithNothingHandedOn() {
        SimulatorConfig campaigns = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 150, 1, 1)
                .withAdsLimit(120).withTasks(SimulatorConfig.TaskBehaviour.NOT_ALLOWED, 1);
        TikTokSimulator tiktok = started(campaigns);
        ReportRequest request = ADGROUPS.toBuilder().pageSize(1000).build();
        AtomicInteger checks = new AtomicInteger();
        List<Map<String, Object>> rows = new ArrayList<>();
        // the first check lets the report's first page go; the next is the listing's
        assertThatThrownBy(() -> reader(tiktok, ReadMode.AUTO).read(request, tiktok.advertiserIds().get(0), DAYS,
                (page, requestId, last) -> rows.addAll(page),
                new ReadContext(() -> checks.incrementAndGet() <= 1, "test", statistics)))
                .isInstanceOf(ReadStoppedException.class).hasMessageContaining("listing");
        assertThat(rows).isEmpty();
        assertThat(statistics.recovered()).isZero();
    }

    @Test
    void whenTheTaskBudgetIsSpentTheChunkIsSplitByIdsAndNoTaskIsCreated() {
        SimulatorConfig campaigns = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 150, 1, 1);
        ReportRequest request = ADGROUPS.toBuilder().pageSize(1000).build();
        List<Map<String, Object>> whole = read(started(campaigns), ReadMode.SYNC, request);
        budget = new io.github.cameltiktok.client.http.TaskBudget(0, 4_500);
        List<Map<String, Object>> recovered = read(started(campaigns.withAdsLimit(120)), ReadMode.AUTO, request);

        assertThat(keys(recovered)).isEqualTo(keys(whole));
        assertThat(statistics.asyncTasks()).isZero();
        assertThat(statistics.recovered()).isEqualTo(1);
    }

    @Test
    void syncModeFailsATruncatedChunkAndHandsNothingOn() {
        TikTokSimulator tiktok = simulator(SimulatorConfig.defaults().withoutCampaignMix().withAdsLimit(5));
        List<Map<String, Object>> rows = new ArrayList<>();
        assertThatThrownBy(() -> reader(tiktok, ReadMode.SYNC).read(ADGROUPS, tiktok.advertiserIds().get(0), DAYS,
                (page, requestId, last) -> rows.addAll(page), running()))
                .isInstanceOf(ReportTruncatedException.class);
        assertThat(rows).isEmpty();
    }
}
