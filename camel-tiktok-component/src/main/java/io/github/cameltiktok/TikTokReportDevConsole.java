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
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.ReportStatistics;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code tiktok-report} dev console: per endpoint what it read, how often TikTok throttled it, the last request id
 * and error, and per advertiser the last day delivered and the days behind. Shown by Camel's dev console
 * ({@code /q/dev/tiktok-report} with Camel Main's HTTP console) in text and JSON. Endpoint URIs are masked.
 */
@DevConsole(name = "tiktok-report", displayName = "TikTok Report", description = "TikTok report endpoints: requests,"
                                                                                   + " rows, throttling, progress")
public class TikTokReportDevConsole extends AbstractDevConsole {

    public TikTokReportDevConsole() {
        super("camel", "tiktok-report", "TikTok Report", "TikTok report endpoints: requests, rows, throttling,"
                                                          + " progress");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        LocalDate today = LocalDate.now();
        for (TikTokReportEndpoint endpoint : endpoints()) {
            ReportStatistics s = endpoint.getStatistics();
            text.append(URISupport.sanitizeUri(endpoint.getEndpointUri())).append('\n');
            text.append(String.format("    requests: %d (retries %d, throttled %d)  pages: %d  rows: %d%n",
                    s.requests(), s.retries(), s.throttled(), s.pages(), s.rows()));
            text.append(String.format("    recovered chunks: %d  re-read chunks: %d  report tasks: %d  failures: %d%n",
                    s.recovered(), s.rereads(), s.asyncTasks(), s.failures()));
            text.append(String.format("    reconciled windows: %d  differing: %d  not compared: %d%s  checks: %d"
                            + "  restated figures: %d%n", s.reconciledWindows(), s.unreconciledWindows(),
                    s.notReconciledWindows(), s.notReconciledReason() == null ? "" : " (" + s.notReconciledReason()
                            + ")", s.reconcileChecks(), s.restatedFigures()));
            text.append("    last request id: ").append(s.lastRequestId()).append("  last success: ")
                    .append(s.lastSuccess()).append('\n');
            if (s.lastError() != null) {
                text.append("    last error (").append(s.lastFailure()).append("): ").append(s.lastError())
                        .append('\n');
            }
            s.advertisers(today).forEach((advertiser, entry) -> text.append("    advertiser ").append(advertiser)
                    .append(": last day delivered ").append(entry.get("lastDeliveredDay")).append(", ")
                    .append(entry.get("daysBehind")).append(" days behind\n"));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        java.util.List<Object> list = new java.util.ArrayList<>();
        LocalDate today = LocalDate.now();
        for (TikTokReportEndpoint endpoint : endpoints()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
            entry.put("reportName", endpoint.getConfiguration().getReportName());
            entry.putAll(endpoint.getStatistics().asMap(today));
            list.add(new JsonObject(entry));
        }
        root.put("endpoints", list);
        return root;
    }

    private java.util.List<TikTokReportEndpoint> endpoints() {
        java.util.List<TikTokReportEndpoint> endpoints = new java.util.ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof TikTokReportEndpoint tiktok) {
                endpoints.add(tiktok);
            }
        }
        return endpoints;
    }
}
