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
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@link ReportServer} JVM, seen from the harness: started on core 0 while this JVM moves to core 1 (with
 * {@code taskset}, where there is one and two cores or more), asked for its CPU time, stopped on close.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader lines;
    private final Writer commands;
    private final String baseUrl;
    private final String token;
    private final String advertiserId;
    private final RowDigest digest;
    private final boolean pinned;

    private ServerProcess(Process process, boolean pinned) throws IOException {
        this.process = process;
        this.pinned = pinned;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String[] ready = expect("READY ").split(" ");
        this.baseUrl = "http://127.0.0.1:" + ready[1];
        this.token = ready[2];
        this.advertiserId = ready[3];
        this.digest = RowDigest.parse(expect("DIGEST ").substring("DIGEST ".length()));
    }

    static ServerProcess start(BenchmarkHarness.Sizes sizes, LocalDate first, LocalDate last, PrintStream out)
            throws IOException {
        boolean pin = Runtime.getRuntime().availableProcessors() >= 2 && Files.isExecutable(Path.of("/usr/bin/taskset"));
        List<String> command = new ArrayList<>();
        if (pin) {
            command.addAll(List.of("/usr/bin/taskset", "-c", "0"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                ReportServer.class.getName(), Integer.toString(sizes.campaigns()),
                Integer.toString(sizes.adgroupsPerCampaign()), first.toString(), last.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (pin) {
            // this JVM and the threads it starts from now on run on the other core
            try {
                new ProcessBuilder("/usr/bin/taskset", "-a", "-p", "-c", "1",
                        Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true).start()
                        .waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ServerProcess(process, pin);
    }

    private String expect(String prefix) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("The report server ended before printing " + prefix.trim());
    }

    String baseUrl() {
        return baseUrl;
    }

    String token() {
        return token;
    }

    String advertiserId() {
        return advertiserId;
    }

    RowDigest digest() {
        return digest;
    }

    boolean pinned() {
        return pinned;
    }

    /** Starts counting the server's CPU time and requests. */
    void mark() throws IOException {
        commands.write("mark\n");
        commands.flush();
    }

    /** The server's CPU time, wall time and requests since {@link #mark()}. */
    String stats() {
        try {
            commands.write("stats\n");
            commands.flush();
            return expect("STATS ").substring("STATS ".length());
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
