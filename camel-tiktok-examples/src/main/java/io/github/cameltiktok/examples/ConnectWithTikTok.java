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

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.github.cameltiktok.TikTokOAuth;
import io.github.cameltiktok.client.account.AccessTokenGrant;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.util.URISupport;

/**
 * "Connect with TikTok": prints the TikTok For Business authorization page of a developer app, receives the redirect
 * with the auth code on a local callback, exchanges the code for a long-lived access token and saves it to an
 * owner-only file. The token itself is never printed.
 * <p>
 * With {@code TIKTOK_APP_ID} and {@code TIKTOK_APP_SECRET} it talks to TikTok and waits up to five minutes for the
 * advertiser to confirm in a browser; without them it runs against the embedded simulator, which approves at once.
 */
final class ConnectWithTikTok {

    private ConnectWithTikTok() {
    }

    static int run(Map<String, String> env, PrintStream out) throws Exception {
        String appId = env.get("TIKTOK_APP_ID");
        String appSecret = env.get("TIKTOK_APP_SECRET");
        String baseUrl = env.get("TIKTOK_BASE_URL");
        TikTokSimulator simulator = null;
        String apiUrl = TikTokReportCatalog.PRODUCTION_URL;
        String authorizeUrl = TikTokReportCatalog.AUTHORIZATION_URL;
        boolean approvesAtOnce = false;
        if (baseUrl != null && !baseUrl.isBlank()) {
            apiUrl = baseUrl.trim();
            if (!isTikTok(apiUrl)) {
                // a simulator (or another stand-in) serves the authorization page itself
                authorizeUrl = apiUrl.replaceAll("/+$", "") + "/portal/auth";
                approvesAtOnce = true;
            }
            if (appId == null || appSecret == null) {
                out.println("TIKTOK_BASE_URL is set: set TIKTOK_APP_ID and TIKTOK_APP_SECRET of the app registered"
                            + " there too (the standalone simulator prints its own)");
                return 1;
            }
            out.println("Connecting to " + apiUrl + " (TIKTOK_BASE_URL)");
        } else if (appId == null || appSecret == null) {
            simulator = TikTokSimulator.start(SimulatorConfig.defaults());
            appId = simulator.config().appId();
            appSecret = simulator.config().appSecret();
            apiUrl = simulator.baseUrl();
            authorizeUrl = simulator.authorizationUrl();
            approvesAtOnce = true;
            out.println("No TIKTOK_APP_ID/TIKTOK_APP_SECRET set: connecting to the embedded TikTok simulator at "
                        + apiUrl);
        }
        int port = Integer.parseInt(env.getOrDefault("TIKTOK_CALLBACK_PORT", "0"));
        HttpServer callback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        CompletableFuture<Map<String, String>> redirect = new CompletableFuture<>();
        callback.createContext("/callback", exchange -> {
            redirect.complete(query(exchange.getRequestURI().getRawQuery()));
            byte[] page = "Connected: you can close this window.".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        callback.start();
        try (TikTokOAuth oauth = TikTokOAuth.of(apiUrl, authorizeUrl)) {
            String redirectUri = "http://127.0.0.1:" + callback.getAddress().getPort() + "/callback";
            String state = UUID.randomUUID().toString();
            String url = oauth.authorizationUrl(appId, redirectUri, state);
            out.println("1. Open TikTok For Business's authorization page, log in, keep the permissions checked and"
                        + " confirm:");
            out.println("   " + url);
            if (approvesAtOnce) {
                out.println("   (the simulator approves at once; following the page as the browser would)");
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            }
            Map<String, String> answer = redirect.get(5, TimeUnit.MINUTES);
            if (!state.equals(answer.get("state"))) {
                out.println("The redirect carried another state: not answering it (possible forgery)");
                return 1;
            }
            String authCode = answer.getOrDefault("auth_code", answer.get("code"));
            out.println("2. Received the auth code on " + redirectUri);

            AccessTokenGrant grant = oauth.exchangeAuthCode(appId, appSecret, authCode);
            Path tokenFile = saveToken(Path.of(env.getOrDefault("TIKTOK_OUTPUT", "output")), grant.accessToken());
            out.println("3. Exchanged it for a long-lived access token for advertisers " + grant.advertiserIds());
            out.println("   Saved it to " + tokenFile + " (readable by you only). Use it without printing it:");
            out.println("     export TIKTOK_ACCESS_TOKEN=\"$(cat " + tokenFile + ")\"");
            out.println("     export TIKTOK_ADVERTISER_ID=" + String.join(",", grant.advertiserIds()));
            out.println("   and in application.properties:"
                        + " camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}");
            if (simulator != null) {
                out.println("   (a token of the embedded simulator works only while it runs: start the standalone"
                            + " simulator and set TIKTOK_BASE_URL to keep one)");
            }
            return 0;
        } finally {
            callback.stop(0);
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private static boolean isTikTok(String url) {
        String host = URI.create(url).getHost();
        return host != null && (host.equals("tiktok.com") || host.endsWith(".tiktok.com"));
    }

    private static Path saveToken(Path folder, String token) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("tiktok-access-token");
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        }
        Files.writeString(file, token);
        return file;
    }

    private static Map<String, String> query(String rawQuery) throws IOException {
        Map<String, String> params = new HashMap<>();
        try {
            URISupport.parseQuery(rawQuery).forEach((k, v) -> params.put(k, String.valueOf(v)));
        } catch (URISyntaxException e) {
            throw new IOException("Unreadable redirect query", e);
        }
        return params;
    }
}
