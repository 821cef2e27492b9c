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

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code tiktok-report} component. */
public final class TikTokReportConstants {

    @Metadata(label = "producer", description = "Advertiser id, or comma-separated ids, to report on instead of the"
                                                + " endpoint's advertiserId. On output: the advertiser(s) the rows belong to.",
              javaType = "String")
    public static final String ADVERTISER_ID = "CamelTikTokReportAdvertiserId";
    @Metadata(label = "producer", description = "GMV Max reports: TikTok Shop store id, or comma-separated ids, to"
                                                + " report on instead of the endpoint's storeId (or the stores TikTok"
                                                + " lists). On output: the store(s) the rows belong to.",
              javaType = "String")
    public static final String STORE_ID = "CamelTikTokReportStoreId";
    @Metadata(description = "First day (yyyy-MM-dd) of the report window; on the producer, overrides the endpoint's"
                            + " window. Absent for lifetime reports.",
              javaType = "String")
    public static final String START_DATE = "CamelTikTokReportStartDate";
    @Metadata(description = "Last day (yyyy-MM-dd, inclusive) of the report window; on the producer, overrides the"
                            + " endpoint's window. Absent for lifetime reports.",
              javaType = "String")
    public static final String END_DATE = "CamelTikTokReportEndDate";
    @Metadata(description = "TikTok's request_id of the last page read (the task_id for a report read by an"
                            + " asynchronous task); quote it in a TikTok support ticket.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelTikTokReportRequestId";
    @Metadata(description = "Number of rows TikTok reported for the window (page_info.total_number, summed over date"
                            + " chunks and advertisers).",
              javaType = "Long")
    public static final String TOTAL_NUMBER = "CamelTikTokReportTotalNumber";
    @Metadata(description = "data.total_metrics of the report when enableTotalMetrics=true.",
              javaType = "java.util.Map<String, Object>")
    public static final String TOTAL_METRICS = "CamelTikTokReportTotalMetrics";
    @Metadata(description = "The totals of TikTok's data.total_metrics per account currency (enableTotalMetrics=true,"
                            + " when the accounts' currencies are known): money is never summed across currencies,"
                            + " so over advertisers of different currencies the money metrics of"
                            + " CamelTikTokReportTotalMetrics are null and their totals are here.",
              javaType = "java.util.Map<String, java.util.Map<String, Object>>")
    public static final String TOTAL_METRICS_BY_CURRENCY = "CamelTikTokReportTotalMetricsByCurrency";
    @Metadata(description = "reconcile=warn or fail: true when every delivered figure of the settled days matched"
                            + " TikTok's advertiser-level total of the same days (money within its rounding), false"
                            + " when some differed; absent when no settled day could be compared (the endpoint's"
                            + " statistics say why). Days TikTok may still change never make it false.",
              javaType = "Boolean")
    public static final String RECONCILED = "CamelTikTokReportReconciled";
    @Metadata(description = "Every figure compared: a list of maps with advertiser_id, day (yyyy-MM-dd, or window"
                            + " without a time dimension), metric, delivered, tiktok, difference, tolerance (money:"
                            + " the rounding the rows allow), closed (a settled day, judged) and equal.",
              javaType = "java.util.List<java.util.Map<String, Object>>")
    public static final String RECONCILIATION = "CamelTikTokReportReconciliation";
    @Metadata(description = "The days of the window TikTok may still change (within reconcileSettleHours of their"
                            + " end): compared and listed in CamelTikTokReportReconciliation, never judged. Absent"
                            + " when every day was judged.",
              javaType = "java.util.List<String>")
    public static final String RECONCILIATION_OPEN_DAYS = "CamelTikTokReportReconciliationOpenDays";
    @Metadata(description = "What the reconciliation took into account, e.g. that TikTok's advertiser total leaves"
                            + " Promote campaigns out. Absent when nothing.",
              javaType = "java.util.List<String>")
    public static final String RECONCILIATION_NOTES = "CamelTikTokReportReconciliationNotes";
    @Metadata(label = "consumer",
              description = "Days of the window whose reconciled totals changed since the consumer last delivered them"
                            + " (TikTok restated them): a list of maps with day, metric, before, now and change."
                            + " Absent when none changed.",
              javaType = "java.util.List<java.util.Map<String, Object>>")
    public static final String RESTATED_DAYS = "CamelTikTokReportRestatedDays";
    @Metadata(label = "producer",
              description = "The advertisers TikTok refused with 40001 and the producer skipped"
                            + " (onForbiddenAdvertiser=skip, the default): the body holds the others' rows (when TikTok"
                            + " refuses every advertiser of the message, the exchange fails). Absent when none was"
                            + " skipped.",
              javaType = "java.util.List<String>")
    public static final String SKIPPED_ADVERTISERS = "CamelTikTokReportSkippedAdvertisers";
    /** Health check details of a failed poll (not headers): TikTok's code, message and request_id. */
    public static final String HEALTH_TIKTOK_CODE = "tiktok.code";
    public static final String HEALTH_TIKTOK_MESSAGE = "tiktok.message";
    public static final String HEALTH_TIKTOK_REQUEST_ID = "tiktok.request.id";

    private TikTokReportConstants() {
    }
}
