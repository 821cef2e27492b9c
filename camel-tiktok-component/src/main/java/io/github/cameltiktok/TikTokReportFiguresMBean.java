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

import java.time.LocalDate;

import io.github.cameltiktok.client.ReportStatistics;
import org.apache.camel.api.management.ManagedAttribute;

/**
 * An endpoint's figures as JMX attributes (Camel reads the annotations of the interfaces a managed endpoint
 * implements): what it sent, read and delivered, how TikTok's totals compared, and the last failure.
 */
public interface TikTokReportFiguresMBean {

    /** What the endpoint did: requests, pages, rows, retries, throttling, the last request id and error. */
    ReportStatistics getStatistics();

    @ManagedAttribute(description = "Requests sent to TikTok, retries included")
    default long getRequests() {
        return getStatistics().requests();
    }

    @ManagedAttribute(description = "Report pages read")
    default long getPages() {
        return getStatistics().pages();
    }

    @ManagedAttribute(description = "Rows handed on to the route")
    default long getRowsDelivered() {
        return getStatistics().rows();
    }

    @ManagedAttribute(description = "Requests retried (throttled answers, server errors, broken connections)")
    default long getRetries() {
        return getStatistics().retries();
    }

    @ManagedAttribute(description = "Answers in which TikTok throttled the app or advertiser (40100, 40133, 429)")
    default long getThrottled() {
        return getStatistics().throttled();
    }

    @ManagedAttribute(description = "Date chunks read completely another way after TikTok truncated them or found"
                                    + " them too large")
    default long getRecovered() {
        return getStatistics().recovered();
    }

    @ManagedAttribute(description = "Date chunks read again because their pages shifted while being read")
    default long getRereads() {
        return getStatistics().rereads();
    }

    @ManagedAttribute(description = "Asynchronous report tasks created")
    default long getAsyncTasks() {
        return getStatistics().asyncTasks();
    }

    @ManagedAttribute(description = "Requests of reconciliation checks (TikTok's advertiser-level totals)")
    default long getReconcileChecks() {
        return getStatistics().reconcileChecks();
    }

    @ManagedAttribute(description = "Windows whose figures matched TikTok's advertiser total")
    default long getReconciledWindows() {
        return getStatistics().reconciledWindows();
    }

    @ManagedAttribute(description = "Windows whose figures differed from TikTok's advertiser total on some day")
    default long getUnreconciledWindows() {
        return getStatistics().unreconciledWindows();
    }

    @ManagedAttribute(description = "Why the last window could not be compared with TikTok's advertiser total")
    default String getNotReconciledReason() {
        return getStatistics().notReconciledReason();
    }

    @ManagedAttribute(description = "Consumer: figures of delivered days that TikTok restated since (changed totals)")
    default long getRestatedFigures() {
        return getStatistics().restatedFigures();
    }

    @ManagedAttribute(description = "Consumer: per advertiser, the days, metrics and changes of its last restatement")
    default String getLastRestated() {
        return getStatistics().lastRestated().toString();
    }

    @ManagedAttribute(description = "TikTok's request_id of the last page read: quote it in a support ticket")
    default String getLastRequestId() {
        return getStatistics().lastRequestId();
    }

    @ManagedAttribute(description = "When an advertiser's report was last read completely")
    default String getLastSuccess() {
        return getStatistics().lastSuccess() == null ? null : getStatistics().lastSuccess().toString();
    }

    @ManagedAttribute(description = "The last failure: TikTok's code and the message (never a secret)")
    default String getLastError() {
        return getStatistics().lastError();
    }

    @ManagedAttribute(description = "Per advertiser (consumer): the last day delivered and the days behind today")
    default String getAdvertisersBehind() {
        return getStatistics().advertisers(LocalDate.now()).toString();
    }
}
