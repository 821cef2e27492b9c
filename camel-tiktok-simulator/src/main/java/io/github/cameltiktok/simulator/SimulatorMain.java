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
package io.github.cameltiktok.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own, for an application to be pointed at: {@code ./mvnw -q -pl camel-tiktok-simulator
 * exec:java}. It listens on loopback port {@value #DEFAULT_PORT} (argument {@code --port N}, 0 for a free one; or
 * {@code TIKTOK_SIMULATOR_PORT}), prints what an application needs to use it and runs until stopped (Ctrl+C).
 * {@code --answer QUESTION} (repeatable) answers an {@link OpenQuestion} the other way.
 */
public final class SimulatorMain {

    static final int DEFAULT_PORT = 18600;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port;
        SimulatorQuirks quirks;
        try {
            port = port(args, System.getenv("TIKTOK_SIMULATOR_PORT"));
            quirks = quirks(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TikTokSimulator simulator;
        try {
            // no request journal: a simulator left running for days must not grow
            simulator = TikTokSimulator.start(SimulatorConfig.defaults().withRequestJournal(false)
                    .withQuirks(quirks), port);
        } catch (RuntimeException e) {
            System.err.println("The TikTok simulator cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                               + "): is another one running? Choose another port with -Dexec.args=\"--port 18601\""
                               + " or --port 0 for a free one.");
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "tiktok-simulator-stop"));
        printUsage(simulator, System.out);
        stopped.await();
    }

    static int port(String[] args, String fromEnvironment) {
        String value = fromEnvironment;
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--port=")) {
                value = args[i].substring("--port=".length());
            } else if ("--answer".equals(args[i]) && i + 1 < args.length) {
                i++; // read by quirks
            } else if (!args[i].startsWith("--answer=")) {
                throw new IllegalArgumentException("Unknown argument '" + args[i] + "'. Allowed: --port N"
                                                   + " (0 to 65535, 0 for a free port), --answer QUESTION (one of "
                                                   + java.util.Arrays.toString(OpenQuestion.values()) + ")");
            }
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid port '" + value + "'. Allowed values: 0 to 65535"
                                           + " (0 for a free port)");
    }

    /**
     * The open questions the simulator answers the other way ({@code --answer QUESTION}, repeatable): the probe of
     * the examples can be tried against each answer.
     */
    static SimulatorQuirks quirks(String[] args) {
        SimulatorQuirks quirks = SimulatorQuirks.none();
        for (int i = 0; i < args.length; i++) {
            String name = "--answer".equals(args[i]) && i + 1 < args.length ? args[++i]
                    : args[i].startsWith("--answer=") ? args[i].substring("--answer=".length()) : null;
            if (name != null) {
                try {
                    quirks = quirks.withOtherAnswer(OpenQuestion.valueOf(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown open question '" + name + "'. Allowed values: "
                                                       + java.util.Arrays.toString(OpenQuestion.values()));
                }
            }
        }
        return quirks;
    }

    /** What to set in an application so that it reads from this simulator. */
    public static void printUsage(TikTokSimulator simulator, PrintStream out) {
        String baseUrl = simulator.baseUrl();
        String token = simulator.config().accessToken();
        String advertisers = String.join(",", simulator.advertiserIds());
        out.println("TikTok simulator running at " + baseUrl + " (Ctrl+C stops it)");
        out.println("  access token it accepts: " + token + " (a simulator token, not a secret)");
        out.println("  advertiser ids:          " + advertisers);
        out.println("  figures:                 from " + simulator.config().firstDay()
                    + " to each advertiser's own today, at most " + simulator.config().qpsLimit()
                    + " requests a second, as TikTok's basic tier");
        if (!simulator.config().quirks().otherAnswers().isEmpty()) {
            out.println("  open questions answered the other way: " + simulator.config().quirks().otherAnswers());
        }
        out.println();
        out.println("Point an application at it with these environment variables (the examples and the Spring Boot"
                    + " example read them):");
        out.println("  export TIKTOK_BASE_URL=" + baseUrl);
        out.println("  export TIKTOK_ACCESS_TOKEN=" + token);
        out.println("  export TIKTOK_ADVERTISER_ID=" + advertisers);
        out.println("and for the examples' connect flow (its app, not a secret either):");
        out.println("  export TIKTOK_APP_ID=" + simulator.config().appId());
        out.println("  export TIKTOK_APP_SECRET=" + simulator.config().appSecret());
        out.println("or with these properties (Camel Main application.properties or Spring Boot):");
        out.println("  camel.component.tiktok-report.base-url=" + baseUrl);
        out.println("  camel.component.tiktok-report.access-token=" + token);
        out.println("  camel.component.tiktok-report.advertiser-id=" + advertisers);
    }
}
