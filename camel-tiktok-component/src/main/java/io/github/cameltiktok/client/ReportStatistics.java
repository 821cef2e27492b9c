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

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.cameltiktok.client.http.RequestCounters;
import io.github.cameltiktok.client.http.TikTokApiException;

/**
 * What one endpoint did, for its operators: requests, pages, rows, retries, throttled answers, recoveries, the last
 * request id and error, and per advertiser the last day delivered. Counted by the read pipeline, read by JMX, the dev
 * console and logs. Holds no secret: error texts are TikTok's exceptions' messages, which are redacted.
 */
public final class ReportStatistics implements RequestCounters {

    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder pages = new LongAdder();
    private final LongAdder rows = new LongAdder();
    private final LongAdder rereads = new LongAdder();
    private final LongAdder recovered = new LongAdder();
    private final LongAdder asyncTasks = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder batchesReadAgain = new LongAdder();
    /** Advertisers TikTok stopped listing for the token (discovered advertisers only). */
    private final LongAdder advertisersDropped = new LongAdder();
    /** How many advertisers TikTok listed last (discovered advertisers only); -1 before the first listing. */
    private volatile int advertisersListed = -1;
    private final LongAdder failures = new LongAdder();
    private final LongAdder reconcileChecks = new LongAdder();
    private final LongAdder reconciled = new LongAdder();
    private final LongAdder unreconciled = new LongAdder();
    private final LongAdder notReconciled = new LongAdder();
    private volatile String notReconciledReason;
    private volatile double latencyMillis;
    private final LongAdder restatedFigures = new LongAdder();
    private final Map<String, Object> lastRestated = new ConcurrentSkipListMap<>();
    private volatile String lastRequestId;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private final Map<String, LocalDate> lastDelivered = new ConcurrentSkipListMap<>();

    public void request() {
        requests.increment();
    }

    public void retry(boolean throttledAnswer) {
        retries.increment();
        if (throttledAnswer) {
            throttled.increment();
        }
    }

    /** A throttled answer that was not retried (patience spent). */
    public void throttledGivenUp() {
        throttled.increment();
    }

    /** How long one answer took, for the readers in flight a rate bound needs: an average of the recent ones. */
    public void latency(long nanos) {
        double millis = nanos / 1e6;
        double before = latencyMillis;
        latencyMillis = before == 0 ? millis : before * 0.8 + millis * 0.2;
    }

    /** TikTok's recent answer time in milliseconds; 0 before the first answer. */
    public double latencyMillis() {
        return latencyMillis;
    }

    public void page(String requestId) {
        pages.increment();
        if (requestId != null) {
            lastRequestId = requestId;
        }
    }

    /** A request TikTok answered (a listing, a look-up, a task): its id is the last one. */
    public void answered(String requestId) {
        if (requestId != null) {
            lastRequestId = requestId;
        }
    }

    /** An advertiser TikTok no longer lists for the token. */
    public void advertiserDropped() {
        advertisersDropped.increment();
    }

    public long advertisersDropped() {
        return advertisersDropped.sum();
    }

    /** How many advertisers TikTok listed for the token last time. */
    public void advertisersListed(int count) {
        advertisersListed = count;
    }

    public int advertisersListed() {
        return advertisersListed;
    }

    public void rows(int count) {
        rows.add(count);
    }

    public void reread() {
        rereads.increment();
    }

    /** A truncated or too large chunk read completely by another way (a task, halves, id parts). */
    public void chunkRecovered() {
        recovered.increment();
    }

    public void asyncTask() {
        asyncTasks.increment();
    }

    /** A window of several advertisers read in one request; read again one advertiser at a time, or not. */
    public void batch(boolean readAgain) {
        (readAgain ? batchesReadAgain : batches).increment();
    }

    /** Batches of advertisers whose rows came from one request. */
    public long advertiserBatches() {
        return batches.sum();
    }

    /** Batches of advertisers that TikTok's answer sent back to one request per advertiser. */
    public long advertiserBatchesReadAgain() {
        return batchesReadAgain.sum();
    }

    /** A request of a reconciliation check (TikTok's advertiser-level total), besides the report's own. */
    public void reconcileCheck() {
        reconcileChecks.increment();
    }

    /** A window compared with TikTok's total: equal, or not. */
    public void reconciled(boolean equal) {
        (equal ? reconciled : unreconciled).increment();
    }

    /** A window that could not be compared, and why. */
    public void notReconciled(String reason) {
        notReconciled.increment();
        notReconciledReason = reason;
    }

    /** Figures of an advertiser's days that changed since they were last delivered. */
    public void restated(String advertiserId, java.util.List<Map<String, Object>> changes) {
        restatedFigures.add(changes.size());
        lastRestated.put(advertiserId, java.util.List.copyOf(changes));
    }

    public long restatedFigures() {
        return restatedFigures.sum();
    }

    /** Per advertiser, the figures its last restated window changed. */
    public Map<String, Object> lastRestated() {
        return Map.copyOf(lastRestated);
    }

    public long reconcileChecks() {
        return reconcileChecks.sum();
    }

    public long reconciledWindows() {
        return reconciled.sum();
    }

    public long unreconciledWindows() {
        return unreconciled.sum();
    }

    public long notReconciledWindows() {
        return notReconciled.sum();
    }

    public String notReconciledReason() {
        return notReconciledReason;
    }

    public void reportEnded() {
        lastSuccess = Instant.now();
    }

    public void reportFailed(RuntimeException failure) {
        failures.increment();
        lastFailure = Instant.now();
        TikTokApiException api = failure instanceof TikTokApiException t ? t : null;
        lastError = (api != null && api.getCode() != TikTokApiException.NO_CODE ? api.getCode() + " " : "")
                    + failure.getMessage();
    }

    /** A consumer recorded a window of an advertiser (or advertiser and store) as delivered up to a day. */
    public void delivered(String key, LocalDate day) {
        lastDelivered.put(key, day);
    }

    public long requests() {
        return requests.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public long throttled() {
        return throttled.sum();
    }

    public long pages() {
        return pages.sum();
    }

    public long rows() {
        return rows.sum();
    }

    public long rereads() {
        return rereads.sum();
    }

    public long recovered() {
        return recovered.sum();
    }

    public long asyncTasks() {
        return asyncTasks.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public String lastRequestId() {
        return lastRequestId;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public Instant lastFailure() {
        return lastFailure;
    }

    public String lastError() {
        return lastError;
    }

    /** Per advertiser (or advertiser/store): the last day delivered and how many days that is behind today. */
    public Map<String, Map<String, Object>> advertisers(LocalDate today) {
        Map<String, Map<String, Object>> view = new LinkedHashMap<>();
        lastDelivered.forEach((key, day) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lastDeliveredDay", day.toString());
            entry.put("daysBehind", Math.max(0, ChronoUnit.DAYS.between(day, today)));
            view.put(key, entry);
        });
        return view;
    }

    /** Every figure, for the dev console and tests. */
    public Map<String, Object> asMap(LocalDate today) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("requests", requests());
        map.put("retries", retries());
        map.put("throttled", throttled());
        map.put("pages", pages());
        map.put("rows", rows());
        map.put("rereads", rereads());
        map.put("recovered", recovered());
        map.put("asyncTasks", asyncTasks());
        map.put("advertiserBatches", advertiserBatches());
        map.put("advertiserBatchesReadAgain", advertiserBatchesReadAgain());
        map.put("failures", failures());
        map.put("reconcileChecks", reconcileChecks());
        map.put("reconciledWindows", reconciledWindows());
        map.put("unreconciledWindows", unreconciledWindows());
        map.put("notReconciledWindows", notReconciledWindows());
        map.put("notReconciledReason", notReconciledReason);
        map.put("restatedFigures", restatedFigures());
        map.put("lastRestated", lastRestated());
        map.put("lastRequestId", lastRequestId);
        if (advertisersListed >= 0) {
            map.put("advertisersListed", advertisersListed);
            map.put("advertisersDropped", advertisersDropped());
        }
        map.put("lastSuccess", lastSuccess == null ? null : lastSuccess.toString());
        map.put("lastFailure", lastFailure == null ? null : lastFailure.toString());
        map.put("lastError", lastError);
        map.put("advertisers", advertisers(today));
        return map;
    }
}
