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
package io.github.cameltiktok;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every client-side logger at TRACE — Camel's, the component's and Apache HttpClient's — in a JVM of its own (the
 * logging configuration is read once per JVM): the token, app secret and auth code set on the component appear only in
 * the lines of the two HttpClient loggers docs/security.md names; a token written into an endpoint URI
 * also in Camel's own endpoint-resolution loggers, which docs/security.md names too. The stand-in server's own loggers
 * (Jetty, WireMock) are not the application's and stay quiet.
 */
class TikTokReportSecretsAtTraceTest {

    /** Camel's own loggers that print an endpoint URI as written, before masking, at TRACE. */
    static final List<String> CAMEL_URI_LOGGERS = List.of("org.apache.camel.impl.engine.AbstractCamelContext",
            "org.apache.camel.support.EndpointHelper", "org.apache.camel.support.DefaultComponent");

    private static boolean from(String line, List<String> loggers) {
        return loggers.stream().anyMatch(logger -> line.contains(" " + logger + " - "));
    }

    private static String masked(String line) {
        return line.replace(SecretsAtTraceMain.TOKEN, "<TOKEN>").replace(SecretsAtTraceMain.APP_SECRET, "<APP_SECRET>")
                .replace(SecretsAtTraceMain.AUTH_CODE, "<AUTH_CODE>").replace(SecretsAtTraceMain.URI_TOKEN, "<URI_TOKEN>");
    }

    @Test
    void secretsAppearOnlyInTheHeaderLoggersTheReadmeNames() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.log.io.github.cameltiktok=trace",
                "-Dorg.slf4j.simpleLogger.log.org.apache.camel=trace",
                "-Dorg.slf4j.simpleLogger.log.org.apache.camel.test=trace",
                "-Dorg.slf4j.simpleLogger.log.org.apache.hc=trace",
                "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=warn",
                "-Dorg.slf4j.simpleLogger.log.wiremock=warn",
                "-Dorg.slf4j.simpleLogger.log.com.github.tomakehurst=warn",
                "-Dorg.slf4j.simpleLogger.showThreadName=false",
                SecretsAtTraceMain.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("the run ended normally").isZero();
        assertThat(log).contains("DONE", "FAILED AS EXPECTED", "40105");

        int headerLines = 0;
        List<String> leaks = new ArrayList<>();
        for (String line : log.split("\n")) {
            boolean componentSecret = line.contains(SecretsAtTraceMain.TOKEN)
                                      || line.contains(SecretsAtTraceMain.APP_SECRET)
                                      || line.contains(SecretsAtTraceMain.AUTH_CODE);
            boolean uriSecret = line.contains(SecretsAtTraceMain.URI_TOKEN);
            if (!componentSecret && !uriSecret) {
                continue;
            }
            if (from(line, io.github.cameltiktok.client.http.HttpClientFactory.HEADER_LOGGERS)) {
                headerLines++;
            } else if (componentSecret || !from(line, CAMEL_URI_LOGGERS)) {
                leaks.add(masked(line));
            }
        }
        assertThat(leaks).as("lines holding a secret outside the loggers docs/security.md names").isEmpty();
        // and TRACE really was on: HttpClient printed the header (the warning says so)
        assertThat(headerLines).as("lines of the header loggers holding a secret").isPositive();
        assertThat(log).contains("Logger org.apache.hc.client5.http.headers is enabled at DEBUG");
    }
}
