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

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Loads the ad group report of the last 7 days and the campaign and ad group tables into PostgreSQL once, then
 * prints the dashboard query: spend, impressions and clicks by campaign name.
 * <p>
 * With no {@code TIKTOK_JDBC_URL} it starts an embedded PostgreSQL (binaries from the Maven repository); with it
 * (and {@code TIKTOK_JDBC_USER}, {@code TIKTOK_JDBC_PASSWORD}) it loads that database. With no
 * {@code TIKTOK_ACCESS_TOKEN} it reads every advertiser of the embedded TikTok simulator's token; with it and
 * {@code TIKTOK_ADVERTISER_ID}, or {@code TIKTOK_APP_ID} and {@code TIKTOK_APP_SECRET} for every advertiser TikTok lists
 * for the token, the real API. The consumers' progress is kept in {@code TIKTOK_STATE} (default {@code target/warehouse-state.properties}).
 */
public final class WarehouseApplication {

    private WarehouseApplication() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(System.getenv(), System.out);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(Map<String, String> env, PrintStream out) throws Exception {
        EmbeddedPostgres postgres = null;
        TikTokSimulator simulator = null;
        try {
            DataSource dataSource;
            String jdbcUrl = env.get("TIKTOK_JDBC_URL");
            if (jdbcUrl == null || jdbcUrl.isBlank()) {
                postgres = EmbeddedPostgres.builder().start();
                dataSource = postgres.getPostgresDatabase();
                out.println("No TIKTOK_JDBC_URL set: loading an embedded PostgreSQL on port " + postgres.getPort());
            } else {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setUrl(jdbcUrl.trim());
                pg.setUser(env.get("TIKTOK_JDBC_USER"));
                pg.setPassword(env.get("TIKTOK_JDBC_PASSWORD"));
                dataSource = pg;
            }
            Warehouse.migrate(dataSource);

            Main main = new Main();
            String token = env.get("TIKTOK_ACCESS_TOKEN");
            String ids = env.getOrDefault("TIKTOK_ADVERTISER_ID", "");
            String appId = env.get("TIKTOK_APP_ID");
            String appSecret = env.get("TIKTOK_APP_SECRET");
            // how many advertisers the routes read, when it is known before they run
            int advertisers;
            if (token == null || token.isBlank()) {
                simulator = TikTokSimulator.start(SimulatorConfig.defaults());
                out.println("No TIKTOK_ACCESS_TOKEN set: reading every advertiser of the embedded TikTok simulator's"
                            + " token at " + simulator.baseUrl());
                main.addOverrideProperty("camel.component.tiktok-report.base-url", simulator.baseUrl());
                token = simulator.config().accessToken();
                ids = "";
                appId = simulator.config().appId();
                appSecret = simulator.config().appSecret();
                advertisers = simulator.advertiserIds().size();
            } else if (ids.isBlank() && (appId == null || appSecret == null)) {
                out.println("TIKTOK_ACCESS_TOKEN is set: set TIKTOK_ADVERTISER_ID too, or TIKTOK_APP_ID and"
                            + " TIKTOK_APP_SECRET to read every advertiser TikTok lists for the token");
                return 2;
            } else {
                advertisers = ids.isBlank() ? 0 : ids.split(",").length;
            }
            main.addOverrideProperty("camel.component.tiktok-report.access-token", token);
            if (ids.isBlank()) {
                main.addOverrideProperty("camel.component.tiktok-report.app-id", appId);
                main.addOverrideProperty("camel.component.tiktok-report.app-secret", appSecret);
            }
            configure(main, dataSource, ids, Path.of(env.getOrDefault("TIKTOK_STATE",
                    "target/warehouse-state.properties")));
            // one exchange per advertiser on each of the three routes, then stop (at most 2 minutes); the
            // advertisers TikTok lists are not known up front: stop once nothing arrived for 30 seconds
            if (advertisers > 0) {
                main.addOverrideProperty("camel.main.duration-max-messages", Integer.toString(3 * advertisers));
            } else {
                main.addOverrideProperty("camel.main.duration-max-idle-seconds", "30");
            }
            main.addOverrideProperty("camel.main.duration-max-seconds", "120");
            main.run();

            List<Map<String, Object>> dashboard = Warehouse.dashboard(dataSource);
            Warehouse.print(dashboard, out);
            return dashboard.isEmpty() ? 1 : 0;
        } finally {
            if (simulator != null) {
                simulator.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /**
     * The routes and what they need: the database, the JSON step, the consumers' state, the properties.
     *
     * @param advertiserIds the advertisers, comma-separated; empty for every one TikTok lists for the token (the
     *                      component then needs the app's id and secret)
     */
    static void configure(Main main, DataSource dataSource, String advertiserIds, Path stateFile) {
        main.bind("warehouse", dataSource);
        main.bind("jsonRows", new JsonRows());
        main.bind("tiktokState", FileStateRepository.fileStateRepository(stateFile.toFile()));
        main.configure().addRoutesBuilder(new WarehouseRoutes());
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/*.camel.yaml");
        main.addOverrideProperty("tiktok.advertiser-ids", advertiserIds);
        main.addOverrideProperty("tiktok.lookback-days", "7");
        main.addOverrideProperty("tiktok.poll-delay", "3600000");
    }
}
