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

import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.options.OptionFor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import static io.github.cameltiktok.options.OptionFor.Endpoints.REPORTS;

/**
 * How a {@code tiktok-report} endpoint reads, whatever it reads: credentials, TikTok's host, retries and pacing,
 * the read mode and its report tasks, progress, and the consumer's own options. {@link TikTokReportConfiguration}
 * adds what it reads.
 */
@UriParams
public class TikTokReadingConfiguration implements Cloneable {

    @UriParam(label = "security", secret = true,
              description = "TikTok for Business access token (sent as the Access-Token header). Best set on the"
                            + " component: camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}.")
    private String accessToken;

    @UriParam(label = "security",
              description = "Developer app id, for the OAuth exchange when no accessToken is given.")
    private String appId;

    @UriParam(label = "security", secret = true,
              description = "Developer app secret, for the OAuth exchange when no accessToken is given.")
    private String appSecret;

    @UriParam(label = "security", secret = true,
              description = "One-time auth_code from the TikTok For Business authorization redirect; exchanged once"
                            + " for a long-lived access token when no accessToken is given.")
    private String authCode;

    @UriParam(label = "advanced", defaultValue = TikTokReportCatalog.PRODUCTION_URL,
              description = "Base URL of TikTok's API; /open_api/v1.3/... is appended. Point it at a simulator or a"
                            + " proxy.")
    private String baseUrl = TikTokReportCatalog.PRODUCTION_URL;

    @UriParam(defaultValue = "false",
              description = "Use TikTok's sandbox host (" + TikTokReportCatalog.SANDBOX_URL + ") instead of baseUrl's"
                            + " default.")
    private boolean sandbox;

    @UriParam(label = "advanced", defaultValue = "5",
              description = "Retries of a request that failed with a TikTok server error, HTTP 5xx or a broken"
                            + " connection (throttling is waited out for throttleRetryTimeout instead). Invalid tokens"
                            + " and parameters are never retried.")
    private int maxRetries = 5;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first retry, in milliseconds; doubled on each further retry, with"
                            + " jitter.")
    private long retryInitialDelay = 1000;

    @UriParam(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Longest delay between two retries, in milliseconds.")
    private long retryMaxDelay = 300_000;

    @UriParam(label = "advanced", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long TikTok's throttling (40100, 40133, HTTP 429) is waited out, in milliseconds:"
                            + " throttled requests are retried, backing off up to at least a minute between tries, as"
                            + " long as this allows (maxRetries does not count them). Each throttled answer also"
                            + " halves the app's request rate for a minute. 0 fails on the first throttled answer.")
    private long throttleRetryTimeout = 600_000;

    @OptionFor(REPORTS)
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Date chunks one endpoint reads at the same time. 0 (the default): as many as keep"
                            + " requestsPerSecond busy given TikTok's recent answer time (rate x latency + 1, up to"
                            + " 16), so a pull of many advertisers or short chunks reaches the rate bound untuned."
                            + " A number pins it (1: one chunk after the other). The chunks of all advertisers are"
                            + " read in parallel, within requestsPerSecond; rows still arrive per advertiser in date"
                            + " order. Each reader keeps the next two pages of its chunk requested. splitRows streams"
                            + " page by page with concurrency 0 or 1; with more it holds a date chunk per reader in"
                            + " memory.")
    private int concurrency;

    @OptionFor(REPORTS)
    @UriParam(label = "advanced", defaultValue = "1",
              description = "Most advertisers (1 to 5) whose report TikTok reads in one request (advertiser_ids):"
                            + " BASIC and AUDIENCE reports, read sync or auto, of advertisers whose window (the same"
                            + " days in their own time zones) is one request, without enableTotalMetrics or"
                            + " orderField. Each advertiser's rows are handed on as its own, the same rows as"
                            + " unbatched reads (exchanges, headers, state and reconciliation stay per advertiser;"
                            + " advertisers of one batch arrive one after the other). A batch that TikTok refuses"
                            + " (e.g. advertisers of another TikTok for Business user), truncates, or answers with"
                            + " '-' or undecimalled money is read again one advertiser at a time. Default 1 (no"
                            + " batching) until TikTok's behaviour is confirmed against the live API.")
    private int advertiserBatchSize = 1;

    @OptionFor(REPORTS)
    @UriParam(defaultValue = "auto", enums = "auto,sync,async",
              description = "How the report is read. auto: TikTok's synchronous report, and a date chunk that TikTok"
                            + " truncates (X-Tt-Ads-Throttle: over 20,000 ads) is read again completely, by an"
                            + " asynchronous report task or, when TikTok refuses tasks to the app, split by campaign"
                            + " and ad group ids; sync: synchronous only, a truncated chunk fails the exchange; async:"
                            + " one asynchronous report task per advertiser and window (create, check, download the"
                            + " CSV; report types BASIC, AUDIENCE and CATALOG). In sync and auto, TikTok's 'query too"
                            + " large' (40067) reads the chunk again in halves down to one day, then split by ids.")
    private String mode = "auto";
    @OptionFor(REPORTS)
    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "First wait, in milliseconds, before checking an asynchronous report task again; each"
                            + " further wait is half as long again, up to a minute.")
    private long asyncPollInterval = 5000;
    @OptionFor(REPORTS)
    @UriParam(label = "advanced", defaultValue = "1800000", javaType = "java.time.Duration",
              description = "How long, in milliseconds, an asynchronous report task may take; then it is cancelled"
                            + " and the read fails.")
    private long asyncTimeout = 1_800_000;
    @OptionFor(REPORTS)
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How often a long read logs its progress at INFO (advertiser, chunk i of n, rows so far,"
                            + " rows/s, time left), in milliseconds, and a summary when it ends; reads shorter than this"
                            + " log nothing. 0 turns progress lines off.")
    private long progressInterval = 30_000;
    @OptionFor(REPORTS)
    @UriParam(label = "consumer", defaultValue = "0", javaType = "java.time.Duration",
              description = "Consumer: longest time one poll may read, in milliseconds; then it ends at the next page"
                            + " and fails, and the next poll reads again the windows it did not complete. 0 for no"
                            + " limit.")
    private long pollTimeout;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Consumer: one exchange per report row instead of one per advertiser and window. Rows"
                            + " leave as their page arrives (with concurrency 1), so memory stays flat on any report"
                            + " size; they carry the advertiser and window headers, and the batch index.")
    private boolean splitRows;
    @OptionFor(REPORTS)
    @UriParam(defaultValue = "skip", enums = "skip,fail",
              description = "What a read does with an advertiser TikTok refuses with 40001 (the app not or no longer"
                            + " authorised for it, the scope missing, the account deleted or disabled). skip: the"
                            + " others are delivered (a consumer's poll succeeds, the advertiser is named once, with"
                            + " the likely causes, and tried again at each poll; a producer's message carries the"
                            + " others' rows and the skipped advertisers in CamelTikTokReportSkippedAdvertisers, and"
                            + " fails when TikTok refuses every advertiser of it)."
                            + " fail: the poll fails after delivering the others, the producer's exchange fails, as"
                            + " for any other error.")
    private String onForbiddenAdvertiser = "skip";

    @OptionFor(REPORTS)
    @UriParam(label = "consumer,advanced",
              description = "Consumer: where the last fully delivered day of each advertiser is kept, so that polling"
                            + " resumes there. Default: in memory; a FileStateRepository survives restarts.")
    private StateRepository<String, String> stateRepository;

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public String getAuthCode() {
        return authCode;
    }

    public void setAuthCode(String authCode) {
        this.authCode = authCode;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public void setSandbox(boolean sandbox) {
        this.sandbox = sandbox;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getThrottleRetryTimeout() {
        return throttleRetryTimeout;
    }

    public void setThrottleRetryTimeout(long throttleRetryTimeout) {
        this.throttleRetryTimeout = throttleRetryTimeout;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getAdvertiserBatchSize() {
        return advertiserBatchSize;
    }

    public void setAdvertiserBatchSize(int advertiserBatchSize) {
        this.advertiserBatchSize = advertiserBatchSize;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public long getAsyncPollInterval() {
        return asyncPollInterval;
    }

    public void setAsyncPollInterval(long asyncPollInterval) {
        this.asyncPollInterval = asyncPollInterval;
    }

    public long getAsyncTimeout() {
        return asyncTimeout;
    }

    public void setAsyncTimeout(long asyncTimeout) {
        this.asyncTimeout = asyncTimeout;
    }

    public long getProgressInterval() {
        return progressInterval;
    }

    public void setProgressInterval(long progressInterval) {
        this.progressInterval = progressInterval;
    }

    public long getPollTimeout() {
        return pollTimeout;
    }

    public void setPollTimeout(long pollTimeout) {
        this.pollTimeout = pollTimeout;
    }

    public String getOnForbiddenAdvertiser() {
        return onForbiddenAdvertiser;
    }

    public void setOnForbiddenAdvertiser(String onForbiddenAdvertiser) {
        this.onForbiddenAdvertiser = onForbiddenAdvertiser;
    }

    public boolean isSplitRows() {
        return splitRows;
    }

    public void setSplitRows(boolean splitRows) {
        this.splitRows = splitRows;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }
}
