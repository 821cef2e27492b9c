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
package io.github.cameltiktok.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorMain;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples' main job and connect mode, end to end against the embedded simulator. */
class TikTokReportsApplicationTest {

    private static final String METRICS = "spend,impressions,clicks,ctr,cpc,cpm,conversion,cost_per_conversion";

    @TempDir
    Path tempDir;

    /** The variables the standalone simulator prints ({@code export NAME=value}), as a user pastes them. */
    private static Map<String, String> printedExports(TikTokSimulator simulator) {
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        SimulatorMain.printUsage(simulator, new PrintStream(usage, true, StandardCharsets.UTF_8));
        Map<String, String> env = new java.util.HashMap<>();
        usage.toString(StandardCharsets.UTF_8).lines().map(String::trim).filter(l -> l.startsWith("export "))
                .map(l -> l.substring("export ".length()).split("=", 2)).forEach(kv -> env.put(kv[0], kv[1]));
        return env;
    }

    private String run(String mode, Path output, int expectedExit) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = TikTokReportsApplication.run(mode, Map.of("TIKTOK_OUTPUT", output.toString()),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(expectedExit);
        return printed;
    }

    @Test
    void reportsWriteOneCsvPerRouteWithTheRequestedColumnsAndSameDataTwice() throws Exception {
        Path first = tempDir.resolve("first");
        String printed = run("reports", first, 0);

        List<String> adgroups = Files.readAllLines(first.resolve("adgroup-summary.csv"));
        List<String> campaigns = Files.readAllLines(first.resolve("campaign-summary.csv"));
        assertThat(adgroups.get(0)).isEqualTo("advertiser_id,adgroup_id,stat_time_day," + METRICS);
        assertThat(campaigns.get(0)).isEqualTo("advertiser_id,campaign_id,stat_time_day," + METRICS);
        // 3 advertisers x 12 ad groups (3 campaigns) x the last 7 days
        assertThat(adgroups).hasSize(1 + 3 * 12 * 7);
        assertThat(campaigns).hasSize(1 + 3 * 3 * 7);
        LocalDate today = LocalDate.now();
        assertThat(adgroups.subList(1, adgroups.size())).allSatisfy(line -> {
            String[] cells = line.split(",");
            assertThat(cells).hasSize(3 + 8);
            String day = cells[2].replace("\"", "").substring(0, 10);
            assertThat(LocalDate.parse(day)).isBetween(today.minusDays(6), today);
        });
        assertThat(Files.readAllLines(first.resolve("adgroup-summary-yaml.csv"))).isEqualTo(adgroups);
        List<String> gmvMax = Files.readAllLines(first.resolve("gmv-max-product.csv"));
        assertThat(gmvMax.get(0)).isEqualTo("advertiser_id,store_id,campaign_id,stat_time_day,cost,net_cost,orders,"
                                            + "cost_per_order,gross_revenue,roi,currency");
        // 3 advertisers x 2 stores x 3 product campaigns x the last 7 days
        assertThat(gmvMax).hasSize(1 + 3 * 2 * 3 * 7);
        assertThat(printed).contains("embedded TikTok simulator", "adgroup-summary", "campaign-summary",
                "adgroup-summary-yaml", "7000000000000000001");
        // GMV Max has no impressions or clicks: a dash, not a 0
        assertThat(printed.lines().filter(l -> l.startsWith("gmv-max-product")).toList()).hasSize(3)
                .allSatisfy(l -> assertThat(l).matches(".* –\\s+–$"));

        // the campaigns table, and the campaign summary by name: every campaign of the report is in the table
        List<String> table = Files.readAllLines(first.resolve("campaigns.csv"));
        // every default field of the table comes back (roas_bid too, as TikTok's listing gives it)
        assertThat(table.get(0)).isEqualTo("advertiser_id,campaign_id,campaign_name,operation_status,"
                                           + "secondary_status,objective_type,campaign_type,budget_mode,budget,"
                                           + "roas_bid,create_time,modify_time");
        assertThat(table).hasSize(1 + 3 * 3);
        List<String> byName = printed.lines().dropWhile(l -> !l.startsWith("campaign ")).skip(1)
                .takeWhile(l -> !l.isBlank() && !l.startsWith("wrote")).toList();
        assertThat(byName).hasSize(9).allSatisfy(l -> assertThat(l).matches("Campaign \\d+ +CAMPAIGN_STATUS_ENABLE .*"));
        assertThat(printed).containsPattern("wrote .*campaigns.csv");

        Path second = tempDir.resolve("second");
        run("reports", second, 0);
        assertThat(Files.readAllLines(second.resolve("adgroup-summary.csv"))).isEqualTo(adgroups);
        assertThat(Files.readAllLines(second.resolve("campaign-summary.csv"))).isEqualTo(campaigns);
        assertThat(Files.readAllLines(second.resolve("gmv-max-product.csv"))).isEqualTo(gmvMax);
    }

    @Test
    void theVariablesTheStandaloneSimulatorPrintsPointTheApplicationAtIt() throws Exception {
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults())) {
            Map<String, String> env = printedExports(simulator);
            assertThat(env).containsKeys("TIKTOK_BASE_URL", "TIKTOK_ACCESS_TOKEN", "TIKTOK_ADVERTISER_ID");
            Path output = tempDir.resolve("standalone");
            env.put("TIKTOK_OUTPUT", output.toString());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();

            int exit = TikTokReportsApplication.run("reports", env, new PrintStream(buffer, true,
                    StandardCharsets.UTF_8));

            String printed = buffer.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(printed).isZero();
            assertThat(printed).contains("Reading reports from " + simulator.baseUrl());
            assertThat(Files.readAllLines(output.resolve("adgroup-summary.csv"))).hasSize(1 + 3 * 12 * 7);
            assertThat(simulator.stats().requests()).isPositive();
        }
    }

    @Test
    void connectExchangesTheAuthCodeAndSavesTheTokenWithoutPrintingIt() throws Exception {
        String printed = run("connect", tempDir, 0);

        Path tokenFile = tempDir.resolve("tiktok-access-token");
        String token = Files.readString(tokenFile);
        assertThat(token).startsWith("sim-");
        assertThat(Files.getPosixFilePermissions(tokenFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(printed).contains("/portal/auth?app_id=", "redirect_uri=http%3A%2F%2F127.0.0.1",
                "Received the auth code", "export TIKTOK_ACCESS_TOKEN=\"$(cat ",
                "camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}")
                .doesNotContain(token);
    }

    @Test
    void connectAgainstTheStandaloneSimulatorYieldsATokenThatThenReadsReports() throws Exception {
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults())) {
            Map<String, String> env = printedExports(simulator);
            env.remove("TIKTOK_ACCESS_TOKEN");
            assertThat(env).containsKeys("TIKTOK_BASE_URL", "TIKTOK_APP_ID", "TIKTOK_APP_SECRET");
            Path connectOutput = tempDir.resolve("connect");
            env.put("TIKTOK_OUTPUT", connectOutput.toString());
            ByteArrayOutputStream connect = new ByteArrayOutputStream();

            assertThat(TikTokReportsApplication.run("connect", env, new PrintStream(connect, true,
                    StandardCharsets.UTF_8))).as(connect.toString(StandardCharsets.UTF_8)).isZero();

            String token = Files.readString(connectOutput.resolve("tiktok-access-token"));
            assertThat(token).startsWith("sim-").isNotEqualTo(simulator.config().accessToken());
            assertThat(connect.toString(StandardCharsets.UTF_8))
                    .contains("Connecting to " + simulator.baseUrl(), simulator.baseUrl() + "/portal/auth?app_id=")
                    .doesNotContain("embedded").doesNotContain(token);
            // the saved token reads reports from the same simulator
            env.put("TIKTOK_ACCESS_TOKEN", token);
            Path reports = tempDir.resolve("after-connect");
            env.put("TIKTOK_OUTPUT", reports.toString());
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            assertThat(TikTokReportsApplication.run("reports", env, new PrintStream(read, true,
                    StandardCharsets.UTF_8))).as(read.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(Files.readAllLines(reports.resolve("adgroup-summary.csv"))).hasSize(1 + 3 * 12 * 7);
        }
    }

    @Test
    void connectWithABaseUrlButNoAppSaysWhatToSet() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = TikTokReportsApplication.run("connect", Map.of("TIKTOK_BASE_URL", "http://127.0.0.1:1",
                "TIKTOK_OUTPUT", tempDir.toString()), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("TIKTOK_APP_ID", "TIKTOK_APP_SECRET");
    }

    @Test
    void unknownModeShowsUsage() throws Exception {
        assertThat(run("report", tempDir, 2)).contains("usage");
    }

    @Test
    void theDevConsoleShowsTheReportEndpointsOverHttp() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path output = tempDir.resolve("console");
        Map<String, String> env = Map.of("TIKTOK_OUTPUT", output.toString(), "TIKTOK_DEV_CONSOLE_PORT",
                Integer.toString(port), "TIKTOK_RUN_SECONDS", "120");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Thread app = new Thread(() -> {
            try {
                TikTokReportsApplication.run("reports", env, new PrintStream(buffer, true, StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        app.start();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + port + "/q/dev/tiktok-report")).header("Accept", "application/json").build();
        String json = null;
        String last = "no answer";
        // a busy machine may take a while to read the reports: wait for them, then stop the application
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                java.net.http.HttpResponse<String> response = http.send(request,
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                // 3 advertisers x 7 days: 63 campaign rows; 252 ad group rows read by the Java and the YAML route
                if (response.statusCode() == 200 && response.body().contains("\"rows\":63,")
                    && response.body().contains("\"rows\":504,")) {
                    json = response.body();
                    break;
                }
            } catch (java.io.IOException notYet) {
                // the server is not up yet
            }
            Thread.sleep(200);
        }
        // the totals are printed once every file is written, while the application keeps running
        long printedBy = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!buffer.toString(StandardCharsets.UTF_8).contains("wrote ") && System.nanoTime() < printedBy) {
            Thread.sleep(100);
        }
        String beforeStop = buffer.toString(StandardCharsets.UTF_8);
        assertThat(app.isAlive()).isTrue();
        app.interrupt();   // Camel Main takes an interrupt as the hang-up that stops it
        app.join(30_000);
        assertThat(app.isAlive()).as("the application stopped").isFalse();

        assertThat(json).as("the dev console's JSON, once the reports were read; last answer: " + last).isNotNull()
                .contains("\"reportName\":\"adgroup-summary\"", "\"reportName\":\"campaign-summary\"",
                        "\"lastRequestId\":\"2", "\"throttled\":0").doesNotContain("simulator-access-token");
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Dev console: http://localhost:" + port);
        assertThat(beforeStop).contains("adgroup-summary", "campaign-summary").containsPattern("wrote .*campaigns.csv");
        // and once only
        String all = buffer.toString(StandardCharsets.UTF_8);
        assertThat(all.lines().filter(l -> l.startsWith("report ")).count()).isOne();
    }
}
