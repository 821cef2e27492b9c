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
package io.github.cameltiktok.warehouse;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline on a real (embedded) PostgreSQL against the simulator: after a backfill, a restated day, re-read
 * windows, a restart in the middle of a poll and a failed insert, the table holds exactly the simulator's latest
 * figures, once each.
 */
class WarehouseTest {

    private static final LocalDate TODAY = LocalDate.now();
    /** 3 advertisers x 12 ad groups x the last 7 days. */
    private static final int ROWS = 3 * 12 * 7;

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private TikTokSimulator tiktok;
    private final List<Main> running = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void freshSchema() throws Exception {
        execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Warehouse.migrate(dataSource);
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0));
    }

    @AfterEach
    void stop() throws Exception {
        for (Main main : running) {
            main.stop();
        }
        tiktok.close();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The application's routes, polling every 300 ms, their progress in {@code state}; as the application runs them
     * against the simulator, for every advertiser TikTok lists for the token (no advertiser list).
     */
    private Main start(Path state) throws Exception {
        Main main = new Main();
        main.addOverrideProperty("camel.component.tiktok-report.base-url", tiktok.baseUrl());
        main.addOverrideProperty("camel.component.tiktok-report.access-token", tiktok.config().accessToken());
        main.addOverrideProperty("camel.component.tiktok-report.app-id", tiktok.config().appId());
        main.addOverrideProperty("camel.component.tiktok-report.app-secret", tiktok.config().appSecret());
        WarehouseApplication.configure(main, dataSource, "", state);
        main.addOverrideProperty("tiktok.poll-delay", "300");
        main.start();
        running.add(main);
        return main;
    }

    /** The table: (advertiser, ad group, day) -> spend, impressions, clicks. */
    private static Map<String, List<Object>> table() throws SQLException {
        Map<String, List<Object>> rows = new TreeMap<>();
        for (Map<String, Object> row : Warehouse.query(dataSource, "SELECT advertiser_id, adgroup_id, stat_time_day,"
                + " spend, impressions, clicks FROM tiktok_adgroup_daily")) {
            rows.put(row.get("advertiser_id") + "/" + row.get("adgroup_id") + "/" + row.get("stat_time_day"),
                    List.of(((BigDecimal) row.get("spend")).stripTrailingZeros(), row.get("impressions"),
                            row.get("clicks")));
        }
        return rows;
    }

    /** What TikTok (the simulator) holds now for the same report and days. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Object>> tiktokHolds() throws Exception {
        Map<String, List<Object>> rows = new TreeMap<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            for (String advertiser : tiktok.advertiserIds()) {
                List<Map<String, Object>> report = context.createProducerTemplate().requestBody(
                        "tiktok-report:adgroup-summary?advertiserId=" + advertiser + "&lookbackDays=7&reconcile=off"
                        + "&baseUrl=" + tiktok.baseUrl() + "&accessToken=RAW(" + tiktok.config().accessToken() + ")",
                        null, List.class);
                for (Map<String, Object> row : report) {
                    rows.put(advertiser + "/" + row.get("adgroup_id") + "/"
                             + row.get("stat_time_day").toString().substring(0, 10),
                            List.of(((BigDecimal) row.get("spend")).stripTrailingZeros(), row.get("impressions"),
                                    row.get("clicks")));
                }
            }
        }
        return rows;
    }

    /** The dashboard query's campaigns and spend, in its order. */
    private static List<List<Object>> dashboard() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : Warehouse.dashboard(dataSource)) {
            rows.add(List.of(row.get("campaign_name"), ((BigDecimal) row.get("spend")).stripTrailingZeros()));
        }
        return rows;
    }

    /**
     * The dashboard as TikTok's own answers make it: the report's spend of the days the query keeps, grouped by the
     * campaign name TikTok lists for each ad group's campaign, most spent first (then by name).
     */
    @SuppressWarnings("unchecked")
    private List<List<Object>> tiktokDashboard(Map<String, List<Object>> report) throws Exception {
        Map<String, String> campaignOfAdgroup = new TreeMap<>();
        Map<String, String> campaignName = new TreeMap<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            String connection = "&baseUrl=" + tiktok.baseUrl() + "&accessToken=RAW(" + tiktok.config().accessToken()
                                + ")";
            for (String advertiser : tiktok.advertiserIds()) {
                for (Map<String, Object> adgroup : (List<Map<String, Object>>) context.createProducerTemplate()
                        .requestBody("tiktok-report:adgroups?advertiserId=" + advertiser + connection, null,
                                List.class)) {
                    campaignOfAdgroup.put((String) adgroup.get("adgroup_id"), (String) adgroup.get("campaign_id"));
                }
                for (Map<String, Object> campaign : (List<Map<String, Object>>) context.createProducerTemplate()
                        .requestBody("tiktok-report:campaigns?advertiserId=" + advertiser + connection, null,
                                List.class)) {
                    campaignName.put((String) campaign.get("campaign_id"), (String) campaign.get("campaign_name"));
                }
            }
        }
        // the query keeps the days after CURRENT_DATE - 7 (the database's clock is this machine's)
        LocalDate firstDay = LocalDate.now().minusDays(6);
        Map<String, BigDecimal> spend = new TreeMap<>();
        report.forEach((key, figures) -> {
            String[] parts = key.split("/");
            if (!LocalDate.parse(parts[2]).isBefore(firstDay)) {
                spend.merge(campaignName.get(campaignOfAdgroup.get(parts[1])), (BigDecimal) figures.get(0),
                        BigDecimal::add);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        spend.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(List.of(e.getKey(), e.getValue().stripTrailingZeros())));
        return rows;
    }

    private static long count(String table) throws SQLException {
        return ((Number) Warehouse.query(dataSource, "SELECT count(*) AS n FROM " + table).get(0).get("n"))
                .longValue();
    }

    @Test
    void backfillRestatedDayAndReReadWindowsHoldTikToksLatestFiguresOnceEach() throws Exception {
        start(dir.resolve("state.properties"));
        Map<String, List<Object>> expected = tiktokHolds();
        assertThat(expected).hasSize(ROWS);
        await().atMost(Duration.ofSeconds(60)).until(() -> table().equals(expected));
        // the entity routes poll on their own: wait for their first snapshot of each advertiser
        await().atMost(Duration.ofSeconds(60)).until(() -> count("tiktok_campaigns") == 9
                                                         && count("tiktok_adgroups") == 36);
        // every window was reconciled with TikTok's total, and its figures kept
        assertThat(Warehouse.query(dataSource, "SELECT DISTINCT equal FROM tiktok_reconciliation"))
                .containsExactly(Map.of("equal", true));
        // the dashboard: TikTok's figures summed by TikTok's campaign names, most spent first
        assertThat(dashboard()).isEqualTo(tiktokDashboard(expected));

        // TikTok restates a day: the next polls overwrite exactly its rows
        LocalDate restated = TODAY.minusDays(2);
        tiktok.restate(restated, 1100);
        Map<String, List<Object>> latest = tiktokHolds();
        assertThat(latest).isNotEqualTo(expected);
        await().atMost(Duration.ofSeconds(60)).until(() -> table().equals(latest));
        Map<String, List<Object>> changed = new TreeMap<>(latest);
        changed.entrySet().removeIf(e -> e.getValue().equals(expected.get(e.getKey())));
        assertThat(changed.keySet()).allSatisfy(key -> assertThat(key).endsWith("/" + restated));

        // each poll delivers the last 7 days again: after more of them, still every row once
        Thread.sleep(1500);
        assertThat(count("tiktok_adgroup_daily")).isEqualTo(ROWS);
        assertThat(table()).isEqualTo(latest);
    }

    @Test
    void aRestartInTheMiddleOfAPollLosesAndDuplicatesNothing() throws Exception {
        // 300 ms a request: a poll of the three advertisers takes seconds
        tiktok.close();
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0).withLatencyMillis(300));
        Path state = dir.resolve("state.properties");
        Main first = start(state);
        // stop as soon as the first advertiser's window is in the table, the others not yet
        await().atMost(Duration.ofSeconds(60)).until(() -> count("tiktok_adgroup_daily") > 0);
        assertThat(count("tiktok_adgroup_daily")).as("stopped in the middle of the poll").isLessThan(ROWS);
        first.stop();
        running.remove(first);

        start(state);
        Map<String, List<Object>> expected = tiktokHolds();
        await().atMost(Duration.ofSeconds(60)).until(() -> table().equals(expected));
        assertThat(count("tiktok_adgroup_daily")).isEqualTo(ROWS);
    }

    @Test
    void aFailingInsertLeavesTheTableAndTheConsumersStateAsTheyWere() throws Exception {
        Path state = dir.resolve("state.properties");
        start(state);
        Map<String, List<Object>> before = tiktokHolds();
        await().atMost(Duration.ofSeconds(60)).until(() -> table().equals(before));

        // a constraint every new write breaks (the rows there stay valid), then a restated day to write
        execute("ALTER TABLE tiktok_adgroup_daily ADD CONSTRAINT no_more_writes CHECK (impressions < 0) NOT VALID");
        tiktok.restate(TODAY.minusDays(3), 900);
        Thread.sleep(1000);
        String stateBefore = Files.readString(state);
        Thread.sleep(1500);

        assertThat(table()).as("no row of a failed exchange written").isEqualTo(before);
        assertThat(Files.readString(state)).as("the consumer did not record the failed windows").isEqualTo(stateBefore);

        // the cause removed, the next polls write the restated day
        execute("ALTER TABLE tiktok_adgroup_daily DROP CONSTRAINT no_more_writes");
        Map<String, List<Object>> latest = tiktokHolds();
        await().atMost(Duration.ofSeconds(60)).until(() -> table().equals(latest));
        assertThat(Files.readString(state)).isNotEqualTo(stateBefore);
    }

    @Test
    void theSameExchangeDeliveredTwiceWritesItsRowsOnce() throws Exception {
        Main main = start(dir.resolve("state.properties"));
        Map<String, List<Object>> expected = tiktokHolds();
        await().atMost(Duration.ofSeconds(60)).until(() -> table().equals(expected));
        main.getCamelContext().getRouteController().stopRoute("adgroup-daily");

        // one advertiser's window as the consumer hands it on, sent twice (at-least-once delivery)
        String advertiser = tiktok.advertiserIds().get(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> window = main.getCamelContext().createProducerTemplate().requestBody(
                "tiktok-report:adgroup-summary?advertiserId=" + advertiser + "&lookbackDays=7", null, List.class);
        for (int delivery = 0; delivery < 2; delivery++) {
            // the route's steps: the JSON step, then the upsert statement
            org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(main.getCamelContext());
            exchange.getIn().setBody(window);
            exchange.getIn().setHeader(io.github.cameltiktok.TikTokReportConstants.ADVERTISER_ID, advertiser);
            new JsonRows().process(exchange);
            assertThat(main.getCamelContext().createProducerTemplate()
                    .send("sql:classpath:sql/upsert-adgroup-daily.sql", exchange).getException()).isNull();
        }

        assertThat(count("tiktok_adgroup_daily")).isEqualTo(ROWS);
        assertThat(table()).isEqualTo(expected);
    }
}
