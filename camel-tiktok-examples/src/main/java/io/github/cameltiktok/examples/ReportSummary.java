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

/** Adds up what each report route received, per advertiser, and prints the table at the end of a run. */
public class ReportSummary {

    /** route id -> advertiser -> totals */
    private final Map<String, Map<String, Totals>> reports = new TreeMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    private static final class Totals {
        long rows;
        BigDecimal spend = BigDecimal.ZERO;
        /** Null while no row had the metric: a report without it (GMV Max) prints a dash, not a 0. */
        Long impressions;
        Long clicks;
    }

    /**
     * Tags each row with its advertiser (a report of a single advertiser carries it only in a header, and the CSV
     * always has the column) and adds the rows up.
     */
    @SuppressWarnings("unchecked")
    public synchronized void record(Exchange exchange) {
        List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
        String advertiser = exchange.getMessage().getHeader(TikTokReportConstants.ADVERTISER_ID, String.class);
        Map<String, Totals> byAdvertiser = reports.computeIfAbsent(exchange.getFromRouteId(), r -> new TreeMap<>());
        for (Map<String, Object> row : rows) {
            row.putIfAbsent("advertiser_id", advertiser);
            Totals totals = byAdvertiser.computeIfAbsent(String.valueOf(row.get("advertiser_id")), a -> new Totals());
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
    }

    /** Notes the CSV file a route wrote. */
    public void written(Exchange exchange) {
        files.add(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
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
        files.stream().sorted().forEach(file -> out.println("wrote " + file));
    }
}
