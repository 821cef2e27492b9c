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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the endpoint's report on each exchange; the body becomes the list of rows. Headers may name other
 * advertisers or another window for this one message.
 */
public class TikTokReportProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(TikTokReportProducer.class);

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
        // one message holds every advertiser's rows: all or nothing, but for an advertiser TikTok refuses (skip)
        Set<String> skipped = new LinkedHashSet<>();
        List<RuntimeException> refusals = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        read.failures().forEach((id, e) -> {
            if (getEndpoint().skipsRefused(e)) {
                skipped.add(id);
                refusals.add(e);
            } else {
                failures.add(e);
            }
        });
        throwFirst(failures);
        List<ReadPart> parts = read.parts();

        // each advertiser's rows are kept until its whole report was read, then added in the order of the parts
        Map<ReadPart, List<Map<String, Object>>> byPart = new LinkedHashMap<>();
        parts.forEach(part -> byPart.put(part, new ArrayList<>()));
        ReportResult[] result = { null };
        int[] ended = { 0 };
        RowListener collector = new RowListener() {
            @Override
            public void onPage(ReadPart part, List<Map<String, Object>> page, String requestId,
                               boolean last) {
                byPart.get(part).addAll(page);
            }

            @Override
            public void onReportEnd(ReadPart part, ReportResult advertiserResult) {
                result[0] = ReportResult.combine(result[0], advertiserResult);
                ended[0]++;
            }

            @Override
            public void onReportFailed(ReadPart part, RuntimeException failure) {
                if (!getEndpoint().skipsRefused(failure)) {
                    throw failure;
                }
                skipped.add(part.advertiserId());
                refusals.add(failure);
                byPart.remove(part);
                ended[0]++;
            }
        };
        getEndpoint().getReader().read(parts, collector, getEndpoint().readContext(this::isRunAllowed));
        if (ended[0] < parts.size()) {
            throw new IllegalStateException("Stopped before the report of every advertiser was read; nothing of it"
                                            + " is delivered");
        }
        if (byPart.isEmpty()) {
            // TikTok refused every advertiser of the message: there are no others to deliver
            throwFirst(refusals);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byPart.values().forEach(rows::addAll);
        Message out = exchange.getMessage();
        out.setBody(rows);
        List<ReadPart> delivered = List.copyOf(byPart.keySet());
        ReportMessages.setHeaders(out, advertiserIds, delivered, result[0]);
        if (!skipped.isEmpty()) {
            LOG.warn("tiktok-report:{} skipped advertiser(s) {}, which TikTok refuses (40001): the app is not (or no"
                     + " longer) authorised for them, the token lacks the scope of the call, or the account was"
                     + " deleted or disabled. The message holds the others' rows (onForbiddenAdvertiser=fail fails"
                     + " it instead)", getEndpoint().getConfiguration().getReportName(), skipped);
            out.setHeader(TikTokReportConstants.SKIPPED_ADVERTISERS, List.copyOf(skipped));
        }
    }

    private static void throwFirst(List<RuntimeException> failures) {
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
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
