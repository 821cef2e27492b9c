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

import java.io.PrintStream;
import java.util.Map;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.main.Main;

/**
 * Runs the report routes and the campaigns table once and prints a summary, walks through the "Connect with
 * TikTok" flow, or probes what TikTok's docs leave open on the user's account ({@link Probe}).
 * <p>
 * With no {@code TIKTOK_ACCESS_TOKEN} in the environment everything runs against an embedded TikTok simulator on a
 * free loopback port; with {@code TIKTOK_ACCESS_TOKEN} and {@code TIKTOK_ADVERTISER_ID} the same routes read the real
 * API ({@code TIKTOK_BASE_URL} another host: a standalone simulator or a proxy). {@code TIKTOK_OUTPUT} names the
 * output folder (default {@code output}). {@code TIKTOK_DEV_CONSOLE_PORT} turns
 * Camel's HTTP dev console on at that port ({@code /q/dev/tiktok-report}) and keeps the application running for
 * {@code TIKTOK_RUN_SECONDS} (default 600).
 */
public final class TikTokReportsApplication {

    static final int REPORT_ROUTES = 4;
    /** The report routes' CSV files and campaigns.csv. */
    static final int FILES = REPORT_ROUTES + 1;

    private TikTokReportsApplication() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(args.length == 0 ? "reports" : args[0], System.getenv(), System.out);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String mode, Map<String, String> env, PrintStream out) throws Exception {
        return switch (mode) {
            case "reports" -> reports(env, out);
            case "connect" -> ConnectWithTikTok.run(env, out);
            case "probe" -> Probe.run(env, out);
            default -> {
                out.println("usage: TikTokReportsApplication [reports|connect|probe]");
                yield 2;
            }
        };
    }

    static int reports(Map<String, String> env, PrintStream out) throws Exception {
        Main main = new Main();
        ReportSummary summary = new ReportSummary();
        main.bind("reportSummary", summary);
        main.bind("csv", new RowsCsvDataFormat());
        main.configure().addRoutesBuilder(new ReportRoutes());
        main.addOverrideProperty("tiktok.output", env.getOrDefault("TIKTOK_OUTPUT", "output"));
        String consolePort = env.get("TIKTOK_DEV_CONSOLE_PORT");
        if (consolePort != null && !consolePort.isBlank()) {
            // Camel's HTTP dev console: http://localhost:<port>/q/dev/tiktok-report; the application keeps running
            // (TIKTOK_RUN_SECONDS, default 10 minutes, or until Ctrl+C) so that there is something to look at
            main.addOverrideProperty("camel.main.dev-console-enabled", "true");
            main.addOverrideProperty("camel.management.enabled", "true");
            main.addOverrideProperty("camel.management.port", consolePort.trim());
            main.addOverrideProperty("camel.management.dev-console-enabled", "true");
            main.addOverrideProperty("camel.main.duration-max-messages", "0");
            main.addOverrideProperty("camel.main.duration-max-seconds", env.getOrDefault("TIKTOK_RUN_SECONDS", "600"));
            out.println("Dev console: http://localhost:" + consolePort.trim() + "/q/dev/tiktok-report");
            summary.printWhenWritten(out, FILES);
        }

        TikTokSimulator simulator = null;
        String token = env.get("TIKTOK_ACCESS_TOKEN");
        if (token == null || token.isBlank()) {
            simulator = TikTokSimulator.start(SimulatorConfig.defaults());
            out.println("No TIKTOK_ACCESS_TOKEN set: reading reports from the embedded TikTok simulator at "
                        + simulator.baseUrl());
            main.addOverrideProperty("camel.component.tiktok-report.base-url", simulator.baseUrl());
            main.addOverrideProperty("camel.component.tiktok-report.access-token", simulator.config().accessToken());
            main.addOverrideProperty("tiktok.advertiser-ids", String.join(",", simulator.advertiserIds()));
        } else {
            String advertisers = env.get("TIKTOK_ADVERTISER_ID");
            if (advertisers == null || advertisers.isBlank()) {
                out.println("TIKTOK_ACCESS_TOKEN is set: set TIKTOK_ADVERTISER_ID too (one id or several,"
                            + " comma-separated)");
                return 2;
            }
            // the environment this run was given (application.properties reads the process's own)
            main.addOverrideProperty("camel.component.tiktok-report.access-token", token);
            String baseUrl = env.get("TIKTOK_BASE_URL");
            if (baseUrl != null && !baseUrl.isBlank()) {
                // a standalone simulator (./mvnw -q -pl camel-tiktok-simulator exec:java) or a proxy
                main.addOverrideProperty("camel.component.tiktok-report.base-url", baseUrl.trim());
            }
            out.println("Reading reports from " + (baseUrl == null || baseUrl.isBlank() ? "TikTok" : baseUrl.trim())
                        + " for advertisers " + advertisers);
            main.addOverrideProperty("tiktok.advertiser-ids", advertisers);
        }
        try {
            main.run();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
        if (!summary.printed()) {
            summary.print(out);
        }
        boolean complete = summary.reports() == REPORT_ROUTES && summary.files().size() == FILES
                           && summary.campaignsListed() > 0;
        if (!complete) {
            out.println("Not every report was written: see the errors above");
        }
        return complete ? 0 : 1;
    }
}
