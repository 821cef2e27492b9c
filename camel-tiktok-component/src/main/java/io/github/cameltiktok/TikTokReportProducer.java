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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.read.ReadPlanner;
import io.github.cameltiktok.client.read.ReadPart;
import io.github.cameltiktok.client.read.ReportResult;
import io.github.cameltiktok.client.read.RowListener;
import io.github.cameltiktok.client.read.WindowRule;
import io.github.cameltiktok.options.OptionChecks;
import io.github.cameltiktok.options.ResolvedReport;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Reads the endpoint's report on each exchange; the body becomes the list of rows. Headers may name other
 * advertisers or another window for this one message.
 */
public class TikTokReportProducer extends DefaultProducer {

    public TikTokReportProducer(TikTokReportEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public TikTokReportEndpoint getEndpoint() {
        return (TikTokReportEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ResolvedReport report = getEndpoint().getReport();
        Message in = exchange.getIn();
        List<String> advertiserIds = ReportMessages.idsOf(in, TikTokReportConstants.ADVERTISER_ID, "advertiser",
                () -> getEndpoint().advertiserIds(false));
        LocalDate start = OptionChecks.headerDate(in.getHeader(TikTokReportConstants.START_DATE, String.class),
                TikTokReportConstants.START_DATE);
        LocalDate end = OptionChecks.headerDate(in.getHeader(TikTokReportConstants.END_DATE, String.class),
                TikTokReportConstants.END_DATE);
        checkHeaderWindow(report, start, end);
        if (in.getHeader(TikTokReportConstants.STORE_ID) != null && !report.kind().readsStores()) {
            throw new IllegalArgumentException("Invalid header " + TikTokReportConstants.STORE_ID + ": stores are"
                    + " for GMV Max reports (reportType=GMV_MAX) only");
        }
        List<String> storeIds = ReportMessages.idsOf(in, TikTokReportConstants.STORE_ID, "store", report.storeIds());
        ReadPlanner.ReadPlan read = getEndpoint().getPlanner().plan(advertiserIds, storeIds, start, end);
        if (!read.failures().isEmpty()) {
            // one message holds every advertiser's rows: all or nothing
            RuntimeException first = read.failures().values().iterator().next();
            read.failures().values().stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        List<ReadPart> parts = read.parts();

        // every row of every advertiser in one list; a failure of any advertiser fails the exchange
        List<Map<String, Object>> rows = new ArrayList<>();
        ReportResult[] result = { null };
        int[] ended = { 0 };
        RowListener collector = new RowListener() {
            @Override
            public void onPage(ReadPart part, List<Map<String, Object>> page, String requestId,
                               boolean last) {
                rows.addAll(page);
            }

            @Override
            public void onReportEnd(ReadPart part, ReportResult advertiserResult) {
                result[0] = ReportResult.combine(result[0], advertiserResult);
                ended[0]++;
            }
        };
        getEndpoint().getReader().read(parts, collector, this::isRunAllowed);
        if (ended[0] < parts.size()) {
            throw new IllegalStateException("Stopped before the report of every advertiser was read; nothing of it"
                                            + " is delivered");
        }
        Message out = exchange.getMessage();
        out.setBody(rows);
        ReportMessages.setHeaders(out, advertiserIds, parts, result[0]);
    }

    /** A window whose end the headers put before its start fails naming where each end came from. */
    private static void checkHeaderWindow(ResolvedReport report, LocalDate startHeader, LocalDate endHeader) {
        if (startHeader == null && endHeader == null) {
            return;
        }
        String endSource = endHeader != null ? "header " + TikTokReportConstants.END_DATE : "option endDate";
        String startSource = startHeader != null ? "header " + TikTokReportConstants.START_DATE : "option startDate";
        String error = WindowRule.orderError(startHeader != null ? startHeader : report.windows().startDate(),
                startSource, endHeader != null ? endHeader : report.windows().endDate(), endSource);
        if (error != null) {
            throw new IllegalArgumentException(error + " (or drop the " + (endHeader != null ? endSource : startSource)
                                               + ")");
        }
    }
}
