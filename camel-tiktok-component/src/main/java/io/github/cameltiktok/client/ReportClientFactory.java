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
package io.github.cameltiktok.client;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.account.AdvertiserDirectory;
import io.github.cameltiktok.client.account.DiscoveredAdvertisers;
import io.github.cameltiktok.client.account.TokenProvider;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.http.AppRateLimiter;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.http.TaskBudget;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.read.AdvertiserBatches;
import io.github.cameltiktok.client.read.AsyncReportTasks;
import io.github.cameltiktok.client.read.ChunkReader;
import io.github.cameltiktok.client.read.EntityReader;
import io.github.cameltiktok.client.read.ReadPlanner;
import io.github.cameltiktok.client.read.Reconciler;
import io.github.cameltiktok.client.read.ReportReader;
import io.github.cameltiktok.client.read.SyncReportPager;
import io.github.cameltiktok.client.read.WindowRule;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Builds the client an endpoint reads with, from plain settings: the transport, the account calls, the planner
 * and the reader of one report. The one place that wires the client's parts together.
 */
public final class ReportClientFactory {

    /**
     * How to reach TikTok for one app.
     *
     * @param rateLimiter     the app's limiter of every request, or null for none
     * @param taskRateLimiter the app's limiter of report task creation, or null for none
     * @param taskBudget      the app's budget of report tasks per advertiser-hour and per day, or null for none
     * @param pathLimiters    limiters of endpoints with a lower documented limit (GMV Max reports), by path
     * @param statistics      where the endpoint's requests, pages and rows are counted
     */
    public record Connection(CloseableHttpClient http, ObjectMapper mapper, String baseUrl, RetryPolicy retryPolicy,
                             AppRateLimiter rateLimiter, AppRateLimiter taskRateLimiter, TaskBudget taskBudget,
                             Map<String, AppRateLimiter> pathLimiters, TokenProvider token,
                             HttpTransport.Deadlines deadlines, ReportStatistics statistics) {

        /** The same app reached with another token (the code exchange itself is sent with none). */
        public Connection withToken(TokenProvider other) {
            return new Connection(http, mapper, baseUrl, retryPolicy, rateLimiter, taskRateLimiter, taskBudget,
                    pathLimiters, other, deadlines, statistics);
        }
    }

    /**
     * What one endpoint reads, and how.
     *
     * @param advertiserFields account fields added to each row
     * @param chunkExecutor    reads chunks in parallel, or null to read them in the calling thread
     * @param pageExecutor     requests the next pages of a chunk while one is handed on
     * @param concurrency      chunks read at once; 0 for as many as the app's rate and TikTok's latency keep busy
     * @param progressEvery    how often a long read logs its progress (0: never)
     * @param reconcile        whether and how each window is compared with TikTok's advertiser total
     * @param reconcileSettle  how long after its end (in the advertiser's zone) a day is judged
     * @param advertiserBatchSize most advertisers sharing a window read in one request ({@code advertiser_ids})
     */
    public record Reading(ReportKind kind, ReportRequest request, ReadMode mode, WindowRule windows,
                          List<String> advertiserFields, Duration asyncPollInterval, Duration asyncTimeout,
                          ExecutorService chunkExecutor, Executor pageExecutor, int concurrency,
                          Duration progressEvery, Reconciler.Mode reconcile, Duration reconcileSettle,
                          int advertiserBatchSize) {
    }

    /** An endpoint's client: what plans a read, and what reads it. */
    public record ReportClient(ReadPlanner planner, ReportReader reader) {
    }

    private ReportClientFactory() {
    }

    /** A transport of the app: every request through its limiter and retry policy, with its token. */
    public static HttpTransport transport(Connection connection) {
        return new HttpTransport(connection.http(), connection.mapper(), connection.baseUrl(),
                connection.retryPolicy(), connection.rateLimiter(), connection.pathLimiters(),
                connection.token()::accessToken, connection.deadlines(), connection.statistics());
    }

    /** Most chunk readers of one endpoint with concurrency=0 (auto). */
    public static final int MAX_AUTO_READERS = 16;

    /**
     * How many chunks to read at once: the fixed number, or (auto) as many as keep the app's rate busy given
     * TikTok's recent answer time (rate × latency, one more for the answer being handed on), at most
     * {@link #MAX_AUTO_READERS}; one until the first answer came.
     */
    static IntSupplier readers(int concurrency, Connection connection) {
        if (concurrency > 0) {
            return () -> concurrency;
        }
        AppRateLimiter limiter = connection.rateLimiter();
        ReportStatistics statistics = connection.statistics();
        return () -> {
            double latency = statistics.latencyMillis();
            if (latency <= 0) {
                return 1;
            }
            double rate = limiter == null ? MAX_AUTO_READERS : limiter.rate();
            return (int) Math.max(1, Math.min(MAX_AUTO_READERS, Math.ceil(rate * latency / 1000) + 1));
        };
    }

    /** The advertisers TikTok lists for the connection's token, for an endpoint given none. */
    public static DiscoveredAdvertisers discovery(Connection connection, String appId, String appSecret,
                                                  List<String> excluded, Duration maxAge, String label) {
        return new DiscoveredAdvertisers(new AccountClient(transport(connection)), appId, appSecret, excluded,
                maxAge, connection.statistics(), label, System::nanoTime);
    }

    /** Every part of an endpoint's read, built from its resolved report. */
    public static ReportClient create(Connection connection, Reading reading) {
        HttpTransport transport = transport(connection);
        // the page executor's threads are idle while a read is planned: the account look-ups use them
        AccountClient accounts = new AccountClient(transport, reading.pageExecutor());
        AsyncReportTasks tasks = new AsyncReportTasks(transport, connection.taskRateLimiter(),
                connection.taskBudget(), reading.asyncPollInterval(), reading.asyncTimeout());
        SyncReportPager pager = new SyncReportPager(transport, reading.kind(), reading.pageExecutor(),
                connection.statistics());
        // the check of each window is the same kind of report at the advertiser (GMV Max: account) level; its
        // pages are not the endpoint's
        AdvertiserDirectory directory = new AdvertiserDirectory(accounts, Clock.systemUTC());
        Reconciler reconciler = new Reconciler(reading.reconcile(), reading.kind(), reading.request(),
                new SyncReportPager(transport, reading.kind(), null, null), reading.reconcileSettle(),
                Clock.systemUTC(), advertiserId -> !directory.gmvMaxStores(advertiserId).isEmpty());
        ReportReader reader = new ReportReader(reading.request(),
                new ChunkReader(reading.mode(), pager, tasks, new EntityReader(transport)),
                new AdvertiserBatches(reading.request(), reading.advertiserBatchSize(), pager),
                reading.chunkExecutor(), readers(reading.concurrency(), connection), reading.concurrency() <= 0,
                reading.progressEvery(), reconciler);
        ReadPlanner planner = new ReadPlanner(reading.kind(), reading.windows(), reading.advertiserFields(),
                directory, reading.request().enableTotalMetrics());
        return new ReportClient(planner, reader);
    }
}
