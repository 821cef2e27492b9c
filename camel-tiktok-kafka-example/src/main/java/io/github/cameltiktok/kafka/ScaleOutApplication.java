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
package io.github.cameltiktok.kafka;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The scale-out pipeline: {@code demo} (default) runs two planner candidates and three workers in this JVM against
 * the embedded simulator, an embedded Kafka broker and ZooKeeper, and prints what each worker did; {@code planner}
 * and {@code worker} run one instance (Camel Main) until stopped, for as many JVMs as you like.
 * <p>
 * Environment: {@code KAFKA_BOOTSTRAP_SERVERS} and {@code ZOOKEEPER_CONNECT} (each embedded when absent; required for
 * {@code planner} and {@code worker}), {@code TIKTOK_ACCESS_TOKEN} with {@code TIKTOK_ADVERTISER_ID}, or with
 * {@code TIKTOK_APP_ID} and {@code TIKTOK_APP_SECRET} to plan for every advertiser TikTok lists for the token (the
 * simulator, every advertiser of its token, when no token is given), {@code TIKTOK_START_DATE} (default 13 days ago),
 * {@code TIKTOK_WORKERS} (demo, default 3), {@code TIKTOK_RUN_SECONDS} (demo, default 120).
 */
public final class ScaleOutApplication {

    private ScaleOutApplication() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : System.getenv().getOrDefault("TIKTOK_ROLE", "demo");
        System.exit(run(mode, System.getenv(), System.out));
    }

    static int run(String mode, Map<String, String> env, PrintStream out) throws Exception {
        return switch (mode) {
            case "demo" -> demo(env, out);
            case "planner", "worker" -> instance(mode, env, out);
            default -> {
                out.println("Unknown mode '" + mode + "'. Allowed values: demo, planner, worker");
                yield 2;
            }
        };
    }

    private static int instance(String mode, Map<String, String> env, PrintStream out) throws Exception {
        String kafka = env.get("KAFKA_BOOTSTRAP_SERVERS");
        String zooKeeper = env.get("ZOOKEEPER_CONNECT");
        String token = env.get("TIKTOK_ACCESS_TOKEN");
        List<String> advertisers = advertisers(env);
        boolean planner = "planner".equals(mode);
        if (kafka == null || (planner && zooKeeper == null) || token == null
            || (advertisers.isEmpty() && !env.containsKey("TIKTOK_APP_ID"))) {
            out.println("A " + mode + " needs KAFKA_BOOTSTRAP_SERVERS, " + (planner ? "ZOOKEEPER_CONNECT, " : "")
                        + "TIKTOK_ACCESS_TOKEN and TIKTOK_ADVERTISER_ID (or TIKTOK_APP_ID and TIKTOK_APP_SECRET, for"
                        + " every advertiser TikTok lists for the token)");
            return 2;
        }
        // workers are not elected: they need no ZooKeeper
        ScaleOutSettings settings = settings(env, kafka, planner ? zooKeeper : "",
                env.getOrDefault("TIKTOK_BASE_URL", "https://business-api.tiktok.com"), token, advertisers,
                env.get("TIKTOK_APP_ID"), env.get("TIKTOK_APP_SECRET"));
        Topics.create(settings, Short.parseShort(env.getOrDefault("KAFKA_REPLICATION_FACTOR", "1")));
        String id = env.getOrDefault("HOSTNAME", mode + "-" + ProcessHandle.current().pid());
        Main main = new Main();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport main) {
                try {
                    if (planner) {
                        Instances.planner(main.getCamelContext(), settings, id, Clock.systemDefaultZone());
                    } else {
                        Instances.worker(main.getCamelContext(), settings, id);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        main.run();
        return main.getExitCode();
    }

    private static int demo(Map<String, String> env, PrintStream out) throws Exception {
        String kafka = env.get("KAFKA_BOOTSTRAP_SERVERS");
        String zooKeeper = env.get("ZOOKEEPER_CONNECT");
        String token = env.get("TIKTOK_ACCESS_TOKEN");
        int workerCount = Integer.parseInt(env.getOrDefault("TIKTOK_WORKERS", "3"));
        long runSeconds = Long.parseLong(env.getOrDefault("TIKTOK_RUN_SECONDS", "120"));
        try (TikTokSimulator simulator = token == null
                ? TikTokSimulator.start(SimulatorConfig.defaults().withEntities(10, 2, 4, 1).withLatencyMillis(20))
                : null;
             EmbeddedEngines engines = EmbeddedEngines.start(kafka == null, zooKeeper == null)) {
            kafka = kafka != null ? kafka : engines.bootstrapServers();
            zooKeeper = zooKeeper != null ? zooKeeper : engines.zooKeeperConnect();
            // the simulator: every advertiser TikTok lists for its token, as a new agency account would be read
            List<String> advertisers = simulator != null ? List.of() : advertisers(env);
            String appId = simulator != null ? simulator.config().appId() : env.get("TIKTOK_APP_ID");
            if (advertisers.isEmpty() && appId == null) {
                out.println("Give TIKTOK_ADVERTISER_ID (or TIKTOK_APP_ID and TIKTOK_APP_SECRET) with"
                            + " TIKTOK_ACCESS_TOKEN");
                return 2;
            }
            ScaleOutSettings settings = settings(env, kafka, zooKeeper,
                    simulator != null ? simulator.baseUrl() : env.getOrDefault("TIKTOK_BASE_URL",
                            "https://business-api.tiktok.com"),
                    simulator != null ? simulator.config().accessToken() : token, advertisers, appId,
                    simulator != null ? simulator.config().appSecret() : env.get("TIKTOK_APP_SECRET"));
            out.println("Kafka " + kafka + (engines.bootstrapServers() != null ? " (embedded)" : "") + ", ZooKeeper "
                        + zooKeeper + (engines.zooKeeperConnect() != null ? " (embedded)" : "") + ", TikTok "
                        + (simulator != null ? "simulator at " + settings.baseUrl() : settings.baseUrl()));
            out.println((advertisers.isEmpty() ? "every advertiser of the token"
                    : advertisers.size() + " advertisers") + " from " + settings.startDate() + ", 2 planner candidates, "
                        + workerCount + " workers sharing " + settings.appRequestsPerSecond()
                        + " requests a second over " + settings.workPartitions() + " partitions");
            Topics.create(settings, (short) 1);

            List<CamelContext> contexts = new ArrayList<>();
            List<CamelContext> planners = new ArrayList<>();
            List<WorkerRoutes> workers = new ArrayList<>();
            try {
                for (int p = 1; p <= 2; p++) {
                    CamelContext planner = new DefaultCamelContext();
                    Instances.planner(planner, settings, "planner-" + p, Clock.systemDefaultZone());
                    planner.start();
                    contexts.add(planner);
                    planners.add(planner);
                }
                for (int w = 1; w <= workerCount; w++) {
                    CamelContext worker = new DefaultCamelContext();
                    workers.add(Instances.worker(worker, settings, "worker-" + w));
                    worker.start();
                    contexts.add(worker);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(runSeconds).toNanos();
                long planned;
                do {
                    Thread.sleep(500);
                    planned = records(settings, ScaleOutSettings.WORK_TOPIC).size();
                } while ((planned == 0 || workers.stream().mapToLong(WorkerRoutes::items).sum() < planned)
                         && System.nanoTime() < deadline);

                for (int p = 0; p < planners.size(); p++) {
                    if (Instances.leads(planners.get(p))) {
                        out.println("planner-" + (p + 1) + " leads and planned " + planned + " work items");
                    }
                }
                out.printf("%-10s %6s %7s%n", "worker", "items", "rows");
                for (int w = 0; w < workers.size(); w++) {
                    out.printf("%-10s %6d %7d%n", "worker-" + (w + 1), workers.get(w).items(), workers.get(w).rows());
                }
                List<String> keys = records(settings, ScaleOutSettings.ROWS_TOPIC);
                out.println("rows topic " + ScaleOutSettings.ROWS_TOPIC + ": " + keys.size() + " rows, "
                            + new HashSet<>(keys).size() + " distinct (advertiser, ad group, day) keys");
                return workers.stream().mapToLong(WorkerRoutes::items).sum() >= planned && planned > 0 ? 0 : 1;
            } finally {
                for (CamelContext context : contexts) {
                    context.stop();
                }
            }
        }
    }

    private static ScaleOutSettings settings(Map<String, String> env, String kafka, String zooKeeper, String baseUrl,
                                             String token, List<String> advertisers, String appId,
                                             String appSecret) {
        LocalDate start = env.containsKey("TIKTOK_START_DATE") ? LocalDate.parse(env.get("TIKTOK_START_DATE"))
                : LocalDate.now().minusDays(13);
        return ScaleOutSettings.defaults(kafka, zooKeeper, baseUrl, token, advertisers, start, appId, appSecret);
    }

    /** TIKTOK_ADVERTISER_ID's advertisers; none when it is not set. */
    private static List<String> advertisers(Map<String, String> env) {
        return Arrays.stream(env.getOrDefault("TIKTOK_ADVERTISER_ID", "").split(",")).map(String::trim)
                .filter(id -> !id.isEmpty()).toList();
    }

    /** The keys of every record a topic holds now. */
    static List<String> records(ScaleOutSettings settings, String topic) {
        List<String> keys = new ArrayList<>();
        Topics.readAll(settings.bootstrapServers(), topic, (key, value) -> keys.add(key));
        return keys;
    }
}
