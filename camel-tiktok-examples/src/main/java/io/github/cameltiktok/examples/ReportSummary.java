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
package io.github.cameltiktok.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameltiktok.TikTokReportConstants;
import org.apache.camel.Exchange;

/**
 * Adds up what each report route received, per advertiser, and prints the table at the end of a run; then the
 * campaign summary by campaign name, its report rows joined with the campaigns table by {@code campaign_id}.
 */
public class ReportSummary {

    /** route id -> advertiser -> totals */
    private final Map<String, Map<String, Totals>> reports = new TreeMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** campaign_id -> the campaign-summary report's totals of that campaign */
    private final Map<String, Totals> byCampaign = new TreeMap<>();
    /** campaign_id -> its object in the campaigns table */
    private final Map<String, Map<String, Object>> campaigns = new TreeMap<>();

    /** The campaigns printed by name: the ones that spent most. */
    static final int CAMPAIGNS_PRINTED = 10;

    private static final class Totals {
        long rows;
        BigDecimal spend = BigDecimal.ZERO;
        /** Null while no row had the metric: a report without it (GMV Max) prints a dash, not a 0. */
        Long impressions;
        Long clicks;
    }

    /** Adds the rows up per report and advertiser (every row carries its advertiser_id, first). */
    @SuppressWarnings("unchecked")
    public synchronized void record(Exchange exchange) {
        List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
        Map<String, Totals> byAdvertiser = reports.computeIfAbsent(exchange.getFromRouteId(), r -> new TreeMap<>());
        for (Map<String, Object> row : rows) {
            add(byAdvertiser.computeIfAbsent(String.valueOf(row.get("advertiser_id")), a -> new Totals()), row);
            if ("campaign-summary".equals(exchange.getFromRouteId())) {
                add(byCampaign.computeIfAbsent(String.valueOf(row.get("campaign_id")), c -> new Totals()), row);
            }
        }
    }

    private static void add(Totals totals, Map<String, Object> row) {
        totals.rows++;
        // GMV Max reports call their spend "cost"
        if ((row.containsKey("spend") ? row.get("spend") : row.get("cost")) instanceof BigDecimal spend) {
            totals.spend = totals.spend.add(spend);
        }
        if (row.get("impressions") instanceof Long impressions) {
            totals.impressions = (totals.impressions == null ? 0 : totals.impressions) + impressions;
        }
        if (row.get("clicks") instanceof Long clicks) {
            totals.clicks = (totals.clicks == null ? 0 : totals.clicks) + clicks;
        }
    }

    /** Keeps the campaigns table's objects (one exchange per advertiser) to name the campaigns by. */
    @SuppressWarnings("unchecked")
    public synchronized void campaigns(Exchange exchange) {
        for (Map<String, Object> campaign : (List<Map<String, Object>>) exchange.getMessage().getBody(List.class)) {
            campaigns.put(String.valueOf(campaign.get("campaign_id")), campaign);
        }
    }

    public synchronized int campaignsListed() {
        return campaigns.size();
    }

    /** Notes the CSV file a route wrote; prints the summary once every file is there, when asked to. */
    public void written(Exchange exchange) {
        files.add(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
        PrintStream out = printWhenWritten;
        if (out != null && files.size() >= expectedFiles && printed.compareAndSet(false, true)) {
            print(out);
        }
    }

    private volatile PrintStream printWhenWritten;
    private volatile int expectedFiles;
    private final java.util.concurrent.atomic.AtomicBoolean printed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Prints the summary as soon as this many files were written (a run kept going for the dev console does not
     * make its totals wait for its end).
     */
    public void printWhenWritten(PrintStream out, int files) {
        this.expectedFiles = files;
        this.printWhenWritten = out;
    }

    /** Whether the summary was printed already. */
    public boolean printed() {
        return printed.get();
    }

    public Set<String> files() {
        return Set.copyOf(files);
    }

    public synchronized int reports() {
        return reports.size();
    }

    private static String orDash(Long value) {
        return value == null ? "–" : value.toString();
    }

    public synchronized void print(PrintStream out) {
        String format = "%-22s %-20s %7s %12s %12s %9s%n";
        out.printf(format, "report", "advertiser", "rows", "spend", "impressions", "clicks");
        reports.forEach((report, byAdvertiser) -> byAdvertiser.forEach((advertiser, t) -> out.printf(format,
                report, advertiser, t.rows, t.spend.toPlainString(), orDash(t.impressions), orDash(t.clicks))));
        printCampaigns(out);
        files.stream().sorted().forEach(file -> out.println("wrote " + file));
    }

    /** The campaign summary by name, most spent first; a campaign the table lacks shows its id. */
    private void printCampaigns(PrintStream out) {
        if (byCampaign.isEmpty()) {
            return;
        }
        String format = "%-24s %-24s %12s %12s %9s%n";
        out.println();
        out.printf(format, "campaign", "status", "spend", "impressions", "clicks");
        List<Map.Entry<String, Totals>> bySpend = byCampaign.entrySet().stream()
                .sorted((a, b) -> b.getValue().spend.compareTo(a.getValue().spend)).toList();
        bySpend.stream().limit(CAMPAIGNS_PRINTED).forEach(e -> {
            Map<String, Object> campaign = campaigns.getOrDefault(e.getKey(), Map.of());
            Totals t = e.getValue();
            out.printf(format, campaign.getOrDefault("campaign_name", e.getKey()),
                    campaign.getOrDefault("secondary_status", "(not in the campaigns table)"),
                    t.spend.toPlainString(), orDash(t.impressions), orDash(t.clicks));
        });
        if (bySpend.size() > CAMPAIGNS_PRINTED) {
            out.println("… and " + (bySpend.size() - CAMPAIGNS_PRINTED) + " more campaigns (output/campaigns.csv names"
                        + " them all)");
        }
    }
}
