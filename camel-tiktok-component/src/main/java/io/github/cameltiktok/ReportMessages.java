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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.TikTokIds;
import io.github.cameltiktok.client.read.ReadPart;
import io.github.cameltiktok.client.read.ReconcileOutcome;
import io.github.cameltiktok.client.read.ReportResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.util.ObjectHelper;

/** The output headers of the contract, set the same way by producer and consumer. */
final class ReportMessages {

    private ReportMessages() {
    }

    /**
     * The days a message's rows cover: the advertisers' windows differ by a day where their time zones do; null for
     * a lifetime report.
     */
    static DateWindow span(List<ReadPart> parts) {
        DateWindow span = null;
        for (ReadPart part : parts) {
            DateWindow w = part.window();
            if (w != null) {
                span = span == null ? w : new DateWindow(w.start().isBefore(span.start()) ? w.start() : span.start(),
                        w.end().isAfter(span.end()) ? w.end() : span.end());
            }
        }
        return span;
    }

    /** The headers of a consumer's message: the rows of one part. */
    static void setHeaders(Message message, List<ReadPart> parts, ReportResult result) {
        setHeaders(message, parts.stream().map(ReadPart::advertiserId).distinct().toList(), parts, result);
    }

    /**
     * @param advertiserIds the advertisers the message was asked for
     * @param parts         what was read of them: the days and, for GMV Max, the stores
     * @param result        what TikTok said about the rows of the message, or null for a row streamed before its
     *                      report ended (no total is known yet)
     */
    static void setHeaders(Message message, List<String> advertiserIds, List<ReadPart> parts,
                           ReportResult result) {
        headers(advertiserIds, parts, result).forEach(message::setHeader);
    }

    /**
     * The headers of the rows streamed from one page of a part ({@code splitRows}): made once per page, copied into
     * each row's message (a copy of a sorted header map costs no comparisons, unlike setting each header).
     */
    static Map<String, Object> streamedRowHeaders(CamelContext context, ReadPart part, String requestId) {
        Map<String, Object> headers = context.getCamelContextExtension().getHeadersMapFactory().newMap();
        headers.putAll(headers(List.of(part.advertiserId()), List.of(part), null));
        headers.put(TikTokReportConstants.REQUEST_ID, requestId);
        return headers;
    }

    private static Map<String, Object> headers(List<String> advertiserIds, List<ReadPart> parts,
                                               ReportResult result) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(TikTokReportConstants.ADVERTISER_ID, String.join(",", advertiserIds));
        List<String> stores = parts.stream().map(ReadPart::storeId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (!stores.isEmpty()) {
            headers.put(TikTokReportConstants.STORE_ID, String.join(",", stores));
        }
        DateWindow window = span(parts);
        if (window != null) {
            headers.put(TikTokReportConstants.START_DATE, window.start().toString());
            headers.put(TikTokReportConstants.END_DATE, window.end().toString());
        }
        if (result != null) {
            headers.put(TikTokReportConstants.REQUEST_ID, result.requestId());
            headers.put(TikTokReportConstants.TOTAL_NUMBER, result.totalNumber());
            if (result.totalMetrics() != null) {
                headers.put(TikTokReportConstants.TOTAL_METRICS, result.totalMetrics());
            }
            if (result.totalsByCurrency() != null) {
                headers.put(TikTokReportConstants.TOTAL_METRICS_BY_CURRENCY, result.totalsByCurrency());
            }
            ReconcileOutcome reconciliation = result.reconciliation();
            if (reconciliation != null) {
                // open days are listed apart and never judged: no verdict when no settled day was compared
                if (reconciliation.judged()) {
                    headers.put(TikTokReportConstants.RECONCILED, reconciliation.reconciled());
                }
                headers.put(TikTokReportConstants.RECONCILIATION, reconciliation.figures().stream()
                        .map(ReconcileOutcome.Figure::asMap).toList());
                if (!reconciliation.openDays().isEmpty()) {
                    headers.put(TikTokReportConstants.RECONCILIATION_OPEN_DAYS, reconciliation.openDays());
                }
                if (!reconciliation.notes().isEmpty()) {
                    headers.put(TikTokReportConstants.RECONCILIATION_NOTES, reconciliation.notes());
                }
            }
        }
        return headers;
    }

    /**
     * The ids a producer's exchange names in a header (advertisers, GMV Max stores) instead of the endpoint's, or
     * {@code defaults} when the header is absent.
     *
     * @throws IllegalArgumentException naming the header when an id is not one
     */
    static List<String> idsOf(Message in, String header, String kind, List<String> defaults) {
        return idsOf(in, header, kind, () -> defaults);
    }

    /** The same, the defaults asked for only when the header is absent (they may cost a request). */
    static List<String> idsOf(Message in, String header, String kind,
                              java.util.function.Supplier<List<String>> defaults) {
        String value = in.getHeader(header, String.class);
        if (value == null) {
            return defaults.get();
        }
        List<String> errors = new ArrayList<>();
        List<String> ids = TikTokIds.parse(value, "header " + header, kind, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return ids;
    }

    /** TikTok's side of a failure, for a consumer's health check (never a secret: messages are redacted). */
    static Map<String, Object> healthDetails(RuntimeException failure) {
        Map<String, Object> details = new LinkedHashMap<>();
        TikTokApiException api = ObjectHelper.getException(TikTokApiException.class, failure);
        if (api != null) {
            if (api.getCode() != TikTokApiException.NO_CODE) {
                details.put(TikTokReportConstants.HEALTH_TIKTOK_CODE, api.getCode());
            }
            if (api.getApiMessage() != null) {
                details.put(TikTokReportConstants.HEALTH_TIKTOK_MESSAGE, api.getApiMessage());
            }
            if (api.getRequestId() != null) {
                details.put(TikTokReportConstants.HEALTH_TIKTOK_REQUEST_ID, api.getRequestId());
            }
            if (api.getHttpStatus() > 0) {
                details.put(HealthCheck.HTTP_RESPONSE_CODE, api.getHttpStatus());
            }
        }
        return details;
    }
}
