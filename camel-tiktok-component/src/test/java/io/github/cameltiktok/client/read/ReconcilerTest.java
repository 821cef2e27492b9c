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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.TestTransports;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A window's delivered rows against TikTok's advertiser total, without a CamelContext: the simulator answers both
 * the report and the check. A whole window reconciles; a row short is a mismatch only on settled days, read again
 * once before it is told; open days are never judged.
 */
class ReconcilerTest {

    private static final DateWindow DAYS = new DateWindow(LocalDate.now(ZoneOffset.UTC).minusDays(4),
            LocalDate.now(ZoneOffset.UTC).minusDays(2));
    /** Campaigns by day, deleted ones included (includeDeleted's filter): comparable with the advertiser total. */
    private static final ReportRequest CAMPAIGNS = ReportRequest.builder().serviceType("AUCTION").reportType("BASIC")
            .dataLevel("AUCTION_CAMPAIGN").dimensions(List.of("campaign_id", "stat_time_day"))
            .metrics(List.of("spend", "impressions", "ctr")).statusFilterField("campaign_status").pageSize(100)
            .build();

    private final ObjectMapper mapper = new ObjectMapper();
    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    private TikTokSimulator tiktok;
    private SyncReportPager pager;
    private ReportStatistics statistics;

    /** A read that goes on, counted in {@link #statistics}. */
    private ReadContext running() {
        return new ReadContext(() -> true, "test", statistics);
    }

    @BeforeEach
    void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0)
                .withEntities(1, 2, 2, 1));
        statistics = new ReportStatistics();
        HttpTransport transport = TestTransports.of(http, tiktok.baseUrl(),
                () -> tiktok.config().accessToken(), statistics);
        pager = new SyncReportPager(transport, ReportKinds.of("BASIC"), null, statistics);
    }

    @AfterEach
    void stop() throws Exception {
        tiktok.close();
        http.close();
    }

    /** A reconciler whose clock stands the given time after the window's last day began (UTC-12 if no zone). */
    private Reconciler reconciler(Reconciler.Mode mode, Duration afterLastDay) {
        Instant now = DAYS.end().atStartOfDay(ZoneOffset.ofHours(-12)).toInstant().plus(afterLastDay);
        return new Reconciler(mode, ReportKinds.of("BASIC"), CAMPAIGNS, pager,
                Duration.ofHours(36), Clock.fixed(now, ZoneOffset.UTC), advertiser -> false);
    }

    /** The rows of the window as the report delivers them. */
    private List<Map<String, Object>> delivered() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DateWindow chunk : new DateWindow[] { DAYS }) {
            pager.readChunk(CAMPAIGNS, advertiser(), chunk, (page, requestId, last) -> rows.addAll(page), running());
        }
        return rows;
    }

    private String advertiser() {
        return tiktok.advertiserIds().get(0);
    }

    private ReconcileOutcome check(Reconciler reconciler, List<Map<String, Object>> rows) {
        Reconciler.Tally tally = reconciler.newTally();
        reconciler.add(tally, rows);
        return reconciler.checkDelivered(new ReadPart(advertiser(), DAYS), tally, running());
    }

    @Test
    void aWholeSettledWindowMatchesTikToksTotalForEachDayAndAdditiveMetric() {
        List<Map<String, Object>> rows = delivered();
        assertThat(rows).isNotEmpty();

        ReconcileOutcome outcome = check(reconciler(Reconciler.Mode.WARN, Duration.ofDays(3)), rows);

        assertThat(outcome.judged()).isTrue();
        assertThat(outcome.reconciled()).isTrue();
        assertThat(outcome.figures()).extracting(ReconcileOutcome.Figure::metric).containsOnly("spend", "impressions");
        assertThat(outcome.figures()).extracting(ReconcileOutcome.Figure::day).hasSize(2 * 3);
        assertThat(statistics.reconcileChecks()).as("one request for the window's totals").isEqualTo(1);
    }

    @Test
    void aMissingRowOnASettledDayIsAMismatchReadAgainOnceAndExplained() {
        List<Map<String, Object>> rows = delivered();
        List<Map<String, Object>> short1 = rows.subList(1, rows.size());

        ReconcileOutcome outcome = check(reconciler(Reconciler.Mode.WARN, Duration.ofDays(3)), short1);

        assertThat(outcome.closedMismatch()).isTrue();
        assertThat(outcome.mismatches()).isNotEmpty().allSatisfy(f -> assertThat(f.day())
                .isEqualTo(String.valueOf(rows.get(0).get("stat_time_day")).substring(0, 10)));
        assertThat(outcome.likelyCauses()).anySatisfy(cause -> assertThat(cause).contains("late data fix"))
                .as("the account runs no GMV Max: not named").noneMatch(cause -> cause.contains("GMV Max"));
        assertThat(statistics.reconcileChecks()).as("TikTok's total read twice before telling").isEqualTo(2);

        assertThatThrownBy(() -> check(reconciler(Reconciler.Mode.FAIL, Duration.ofDays(3)), short1))
                .isInstanceOf(ReportMismatchException.class);
    }

    @Test
    void daysTikTokMayStillChangeAreComparedButNeverJudged() {
        List<Map<String, Object>> rows = delivered();

        List<Map<String, Object>> lastDayShort = new ArrayList<>(rows);
        lastDayShort.remove(rows.stream().filter(row -> row.get("stat_time_day").toString()
                .startsWith(DAYS.end().toString())).findFirst().orElseThrow());

        ReconcileOutcome outcome = check(reconciler(Reconciler.Mode.FAIL, Duration.ofHours(12)), lastDayShort);

        assertThat(outcome.openDays()).contains(DAYS.end().toString());
        assertThat(outcome.closedMismatch()).as("a day within reconcileSettleHours").isFalse();
    }

    @Test
    void offComparesNothingAndAReportTheKindCannotCompareIsCountedWithTheReason() {
        assertThat(check(reconciler(Reconciler.Mode.OFF, Duration.ofDays(3)), delivered())).isNull();

        Reconciler lifetime = new Reconciler(Reconciler.Mode.WARN, ReportKinds.of("BASIC"),
                CAMPAIGNS.toBuilder().queryLifetime(true).build(), pager, Duration.ofHours(36),
                Clock.systemUTC(), null);
        assertThat(lifetime.notComparable()).contains("lifetime");
        assertThat(lifetime.newTally()).isNull();
        assertThat(lifetime.checkDelivered(new ReadPart(advertiser(), DAYS), null, running())).isNull();
        assertThat(statistics.reconcileChecks()).isZero();
    }
}
