package io.github.cameltiktok.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.account.AccessTokenGrant;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

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
        TikTokSimulator simulator = null;
        String apiUrl = TikTokReportCatalog.PRODUCTION_URL;
        String authorizeUrl = TikTokReportCatalog.AUTHORIZATION_URL;
        if (appId == null || appSecret == null) {
            simulator = TikTokSimulator.start(SimulatorConfig.defaults());
            appId = simulator.config().appId();
            appSecret = simulator.config().appSecret();
            apiUrl = simulator.baseUrl();
            authorizeUrl = simulator.authorizationUrl();
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
        try {
            String redirectUri = "http://127.0.0.1:" + callback.getAddress().getPort() + "/callback";
            String state = UUID.randomUUID().toString();
            String url = authorizeUrl + "?app_id=" + encode(appId) + "&state=" + state + "&redirect_uri="
                         + encode(redirectUri);
            out.println("1. Open TikTok For Business's authorization page, log in, keep the permissions checked and"
                        + " confirm:");
            out.println("   " + url);
            if (simulator != null) {
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

            AccessTokenGrant grant;
            try (CloseableHttpClient http = HttpClients.createDefault()) {
                grant = new AccountClient(new HttpTransport(http, new ObjectMapper(), apiUrl, RetryPolicy.NONE, null,
                        () -> null, new HttpTransport.Deadlines(Duration.ofSeconds(60), Duration.ZERO, null),
                        new ReportStatistics()))
                        .exchangeAuthCode(appId, appSecret, authCode);
            }
            Path tokenFile = saveToken(Path.of(env.getOrDefault("TIKTOK_OUTPUT", "output")), grant.accessToken());
            out.println("3. Exchanged it for a long-lived access token for advertisers " + grant.advertiserIds());
            out.println("   Saved it to " + tokenFile + " (readable by you only). Use it without printing it:");
            out.println("     export TIKTOK_ACCESS_TOKEN=\"$(cat " + tokenFile + ")\"");
            out.println("     export TIKTOK_ADVERTISER_ID=" + String.join(",", grant.advertiserIds()));
            out.println("   and in application.properties:"
                        + " camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}");
            if (simulator != null) {
                out.println("   (a simulator token works only while that simulator runs)");
            }
            return 0;
        } finally {
            callback.stop(0);
            if (simulator != null) {
                simulator.close();
            }
        }
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
