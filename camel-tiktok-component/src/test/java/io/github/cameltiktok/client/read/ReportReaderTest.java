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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.TestTransports;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading parts without a CamelContext: each part's pages in order and its end once, parts in the order given
 * whatever the number of chunk readers, a long window in TikTok's chunks, and a stop before the next advertiser.
 */
class ReportReaderTest {

    private static final ReportRequest CAMPAIGNS = ReportRequest.builder().serviceType("AUCTION").reportType("BASIC")
            .dataLevel("AUCTION_CAMPAIGN").dimensions(List.of("campaign_id", "stat_time_day"))
            .metrics(List.of("spend")).pageSize(2).build();
    private static final LocalDate LAST = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3);

    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    private final ExecutorService chunkReaders = Executors.newFixedThreadPool(3);
    private TikTokSimulator tiktok;
    private ReportStatistics statistics;

    /** A read that goes on, counted in {@link #statistics}. */
    private ReadContext running() {
        return new ReadContext(() -> true, "test", statistics);
    }

    @BeforeEach
    void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0));
        statistics = new ReportStatistics();
    }

    @AfterEach
    void stop() throws Exception {
        chunkReaders.shutdownNow();
        tiktok.close();
        http.close();
    }

    private ReportReader reader(int concurrency) {
        HttpTransport transport = TestTransports.of(http, tiktok.baseUrl(),
                () -> tiktok.config().accessToken(), statistics);
        SyncReportPager pager = new SyncReportPager(transport, ReportKinds.of("BASIC"), null, statistics);
        return new ReportReader(CAMPAIGNS,
                new ChunkReader(ReadMode.SYNC, pager,
                        new AsyncReportTasks(transport, null, Duration.ofMillis(5), Duration.ofSeconds(5)),
                        new EntityReader(transport)),
                new AdvertiserBatches(CAMPAIGNS, 1, pager), concurrency > 1 ? chunkReaders : null,
                () -> concurrency, false, Duration.ZERO, null);
    }

    /** What a listener saw: "advertiser:page" per page, "advertiser:end" per end. */
    private static final class Seen implements RowListener {
        final List<String> events = new ArrayList<>();
        final List<Map<String, Object>> rows = new ArrayList<>();

        @Override
        public synchronized void onPage(ReadPart part, List<Map<String, Object>> page, String requestId,
                                        boolean lastPage) {
            events.add(part.advertiserId() + ":page");
            rows.addAll(page);
        }

        @Override
        public synchronized void onReportEnd(ReadPart part, ReportResult result) {
            events.add(part.advertiserId() + ":end");
        }
    }

    private List<ReadPart> parts(int days) {
        DateWindow window = new DateWindow(LAST.minusDays(days - 1L), LAST);
        return tiktok.advertiserIds().stream().map(id -> new ReadPart(id, window)).toList();
    }

    @Test
    void partsAreHandedOnInTheirOrderWhateverTheNumberOfReaders() {
        Seen one = new Seen();
        reader(1).read(parts(40), one, running());
        Seen three = new Seen();
        reader(3).read(parts(40), three, running());

        List<String> ids = tiktok.advertiserIds();
        assertThat(one.events).filteredOn(e -> e.endsWith(":end")).containsExactly(ids.get(0) + ":end",
                ids.get(1) + ":end", ids.get(2) + ":end");
        assertThat(three.events).isEqualTo(one.events);
        assertThat(three.rows).isEqualTo(one.rows).isNotEmpty();
    }

    @Test
    void aWindowLongerThanTikTokAllowsIsReadInItsChunks() {
        assertThat(reader(1).chunks(new DateWindow(LAST.minusDays(39), LAST))).hasSize(2);
        Seen seen = new Seen();
        reader(1).read(parts(40), seen, running());
        assertThat(seen.events).filteredOn(e -> e.endsWith(":end")).hasSize(3);
        assertThat(seen.rows).extracting(row -> row.get("stat_time_day").toString().substring(0, 10))
                .contains(LAST.minusDays(39).toString(), LAST.minusDays(30).toString(), LAST.toString());
        assertThat(statistics.requests()).as("two chunks of every advertiser").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aStopEndsTheReadBeforeTheNextAdvertiser() {
        Seen seen = new Seen();
        reader(1).read(parts(5), seen, new ReadContext(
                () -> seen.events.stream().noneMatch(e -> e.endsWith(":end")), "test", statistics));
        assertThat(seen.events).filteredOn(e -> e.endsWith(":end"))
                .containsExactly(tiktok.advertiserIds().get(0) + ":end");
    }
}
