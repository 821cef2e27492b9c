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
package io.github.cameltiktok.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;

/**
 * The benchmark's TikTok, in a JVM of its own: every page is rendered once by the simulator (the first time it is
 * asked, i.e. during the warm-up) and then served from memory by the JDK's HTTP server, without gzip, so that the
 * contenders measure themselves and not the rendering. Prints {@code READY <port> <token> <advertiserId>} and the
 * digest of the report's rows as it reads them itself ({@code DIGEST ...}); on stdin, {@code mark} starts counting
 * its CPU time and requests, {@code stats} prints them, {@code quit} stops it.
 * Arguments: campaigns adgroupsPerCampaign firstDay lastDay.
 */
public final class ReportServer {

    private ReportServer() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate first = LocalDate.parse(args[2]);
        LocalDate last = LocalDate.parse(args[3]);
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withEntities(1, Integer.parseInt(args[0]), Integer.parseInt(args[1]), 1).withDays(first, last)
                .withQpsLimit(0).withRequestJournal(false))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, byte[]> pages = new ConcurrentHashMap<>();
            AtomicLong served = new AtomicLong();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/", exchange -> {
                String pathAndQuery = exchange.getRequestURI().getRawPath()
                                      + (exchange.getRequestURI().getRawQuery() == null ? ""
                                      : "?" + exchange.getRequestURI().getRawQuery());
                String token = exchange.getRequestHeaders().getFirst("Access-Token");
                byte[] body = pages.computeIfAbsent(pathAndQuery, key -> fetch(http, simulator.baseUrl() + key, token));
                served.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            int port = server.getAddress().getPort();
            String advertiser = simulator.advertiserIds().get(0);
            String token = simulator.config().accessToken();
            System.out.println("READY " + port + " " + token + " " + advertiser);

            // the server's own reading of the report: the digest every contender must match
            Contenders.Report report = new Contenders.Report("http://127.0.0.1:" + port, token, advertiser, first,
                    last);
            RowDigest digest = new RowDigest();
            for (LocalDate[] chunk : report.chunks()) {
                int totalPage = 1;
                for (int page = 1; page <= totalPage; page++) {
                    byte[] body = fetch(http, report.baseUrl() + Contenders.REPORT_PATH + "?"
                                              + report.query(chunk[0], chunk[1], page), token);
                    totalPage = TypedPages.read(new ByteArrayInputStream(body), digest, advertiser);
                }
            }
            System.out.println("DIGEST " + digest);

            com.sun.management.OperatingSystemMXBean os
                    = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuMark = os.getProcessCpuTime();
            long servedMark = served.get();
            long wallMark = System.nanoTime();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = commands.readLine()) != null && !"quit".equals(command)) {
                if ("mark".equals(command)) {
                    cpuMark = os.getProcessCpuTime();
                    servedMark = served.get();
                    wallMark = System.nanoTime();
                } else if ("stats".equals(command)) {
                    System.out.println("STATS cpuMillis=" + (os.getProcessCpuTime() - cpuMark) / 1_000_000
                                       + " wallMillis=" + (System.nanoTime() - wallMark) / 1_000_000 + " requests="
                                       + (served.get() - servedMark) + " pages=" + pages.size());
                }
            }
            server.stop(0);
        }
    }

    private static byte[] fetch(HttpClient http, String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (token != null) {
                request.header("Access-Token", token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot render " + url, e);
        }
    }
}
