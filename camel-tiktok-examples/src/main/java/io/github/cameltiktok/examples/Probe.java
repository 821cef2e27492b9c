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

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.ReportFields;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.AppRateLimiter;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.examples.ProbeSession.Answer;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The probe: settles on the user's own account what TikTok's docs leave open (docs/unconfirmed.md). Read-only: GET
 * requests, and at most one small report task (none with {@code TIKTOK_PROBE_TASKS=false}); at most
 * {@value #BUDGET} requests at {@value #REQUESTS_PER_SECOND} a second ({@code TIKTOK_PROBE_REQUESTS_PER_SECOND}).
 * One line a question: confirmed (TikTok answers
 * as this project assumes), contradicted (it answers the other way: please report it), or not testable here (and
 * why), with the figures and TikTok's request ids; the same written to {@code TIKTOK_OUTPUT/tiktok-probe.md}, without
 * the token or account names. Ctrl+C stops it between requests and writes what it has.
 */
final class Probe {

    static final int BUDGET = 60;
    static final double REQUESTS_PER_SECOND = 5;
    static final String FILE = "tiktok-probe.md";

    enum Verdict {
        CONFIRMED("confirmed"), CONTRADICTED("contradicted"), NOT_TESTABLE("not testable here");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /**
     * One question's answer on this account.
     *
     * @param assumption what this project assumes (the simulator's default answer)
     */
    record Finding(String id, String assumption, Verdict verdict, String evidence, List<String> requestIds) {
    }

    /** The figures of one advertiser's last settled week, by campaign slice, shared by several questions. */
    private record Week(String advertiserId, LocalDate[] days, List<Map<String, String>> auction,
                        List<Map<String, String>> topView, List<Map<String, String>> promote, BigDecimal total) {

        BigDecimal counted(boolean withPromote) {
            BigDecimal sum = ProbeSession.sum(auction, "spend").add(ProbeSession.sum(topView, "spend"));
            return withPromote ? sum.add(ProbeSession.sum(promote, "spend")) : sum;
        }

        /** Half a cent for each row and for the total: each is rounded. */
        BigDecimal tolerance() {
            return new BigDecimal("0.005").multiply(BigDecimal.valueOf(auction.size() + topView.size()
                                                                        + promote.size() + 1L));
        }
    }

    private final ProbeSession session;
    private final Map<String, Week> weeks = new LinkedHashMap<>();
    private Boolean totalHoldsPromote;

    private Probe(ProbeSession session) {
        this.session = session;
    }

    static int run(Map<String, String> env, PrintStream out) throws Exception {
        String token = env.get("TIKTOK_ACCESS_TOKEN");
        String baseUrl = env.getOrDefault("TIKTOK_BASE_URL", TikTokReportCatalog.PRODUCTION_URL).trim();
        List<String> advertisers;
        TikTokSimulator simulator = null;
        if (token == null || token.isBlank()) {
            simulator = TikTokSimulator.start(SimulatorConfig.defaults());
            token = simulator.config().accessToken();
            baseUrl = simulator.baseUrl();
            advertisers = simulator.advertiserIds();
            out.println("No TIKTOK_ACCESS_TOKEN set: probing the embedded TikTok simulator at " + baseUrl
                        + " (set TIKTOK_ACCESS_TOKEN and TIKTOK_ADVERTISER_ID to probe your account)");
        } else {
            String ids = env.get("TIKTOK_ADVERTISER_ID");
            if (ids == null || ids.isBlank()) {
                out.println("TIKTOK_ACCESS_TOKEN is set: set TIKTOK_ADVERTISER_ID too (one id or several,"
                            + " comma-separated)");
                return 2;
            }
            advertisers = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            out.println("Probing " + baseUrl + " for " + advertisers.size() + " advertiser(s), read-only, at most "
                        + BUDGET + " requests");
        }
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopping.set(true);
            try {
                done.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tiktok-probe-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String accessToken = token;
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            HttpTransport transport = new HttpTransport(http, new ObjectMapper(), baseUrl,
                    new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2)),
                    AppRateLimiter.of(Double.parseDouble(env.getOrDefault("TIKTOK_PROBE_REQUESTS_PER_SECOND",
                            Double.toString(REQUESTS_PER_SECOND)))), () -> accessToken,
                    new HttpTransport.Deadlines(Duration.ofSeconds(60), Duration.ZERO, null), new ReportStatistics());
            boolean tasks = !"false".equalsIgnoreCase(env.getOrDefault("TIKTOK_PROBE_TASKS", "true").trim());
            ProbeSession session = new ProbeSession(transport, advertisers, BUDGET, tasks, stopping);
            List<Finding> findings = new Probe(session).ask(out);
            Path file = write(Path.of(env.getOrDefault("TIKTOK_OUTPUT", "output")), findings, session,
                    stopping.get());
            out.println("wrote " + file + " (no token, no account names): attach it to an issue of camel-tiktok");
            return 0;
        } finally {
            done.countDown();
            if (!stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    /** Every question in turn, each line printed as it is answered. */
    private List<Finding> ask(PrintStream out) {
        List<Function<Probe, Finding>> questions = List.of(Probe::timezoneForm, Probe::advertiserTotalHoldsPromote,
                Probe::advertiserTotalLeavesGmvMaxOut, Probe::reportsHoldReservationAndFrequency,
                Probe::filterTypeNotInRefused, Probe::batchMoneyWithoutDecimals, Probe::statusAllListsDeletedAds,
                Probe::entityPageSize1000, Probe::promoteHasNoHourlyRows, Probe::spanOf365DaysWithoutTime,
                Probe::adsThrottleHeader, Probe::batchCutCarriesHeader, Probe::tokenLifetime,
                Probe::changeLogMetricsAccepted);
        List<Finding> findings = new ArrayList<>();
        for (Function<Probe, Finding> question : questions) {
            if (session.stopping()) {
                break;
            }
            Finding finding;
            try {
                finding = question.apply(this);
            } catch (ProbeSession.BudgetSpent | IllegalStateException e) {
                finding = new Finding(nameOf(findings.size(), questions.size()), "", Verdict.NOT_TESTABLE,
                        e.getMessage(), session.takeRequestIds());
            } catch (RuntimeException e) {
                finding = new Finding(nameOf(findings.size(), questions.size()), "", Verdict.NOT_TESTABLE,
                        "TikTok's answer could not be read: " + e.getMessage(), session.takeRequestIds());
            }
            print(out, finding);
            findings.add(finding);
        }
        // the one report task comes last: it waits for TikTok
        if (!session.stopping()) {
            for (Finding finding : tasks()) {
                print(out, finding);
                findings.add(finding);
            }
        }
        return findings;
    }

    private static final List<String> IDS = List.of("advertiser-timezone-form", "advertiser-total-holds-promote",
            "advertiser-total-leaves-gmv-max-out", "reports-hold-reservation-rf", "filter-type-not-in-refused",
            "batch-money-without-decimals", "status-all-lists-deleted-ads", "entity-page-size-1000",
            "promote-has-no-hourly-rows", "span-365-days-without-time", "ads-throttle-header",
            "batch-cut-carries-header", "token-lifetime", "change-log-metrics-accepted");

    private static String nameOf(int index, int count) {
        return index < IDS.size() ? IDS.get(index) : "question-" + (index + 1) + "-of-" + count;
    }

    private static void print(PrintStream out, Finding finding) {
        out.printf("[%s] %s: %s%s%n", finding.verdict().label, finding.id(), finding.evidence(),
                finding.requestIds().isEmpty() ? "" : " (request ids: " + String.join(", ", finding.requestIds())
                                                       + ")");
    }

    private Finding finding(String id, String assumption, Verdict verdict, String evidence) {
        return new Finding(id, assumption, verdict, evidence, session.takeRequestIds());
    }

    // ---- the questions ---------------------------------------------------------------------------------------

    private Finding timezoneForm() {
        String assumption = "/advertiser/info/ names time zones as the tz database does (America/Los_Angeles, Etc/GMT+8)";
        Map<String, String> zones = session.timezones();
        List<String> described = session.advertisers().stream().filter(zones::containsKey).toList();
        if (described.isEmpty()) {
            return finding("advertiser-timezone-form", assumption, Verdict.NOT_TESTABLE,
                    "/advertiser/info/ described none of the advertisers (check the token's access to them)");
        }
        List<String> forms = described.stream().map(id -> session.masked(id) + " " + zones.get(id)).toList();
        boolean offsets = described.stream().map(zones::get).anyMatch(z -> z.matches("(?i)(UTC|GMT)\\s*[+-].*"));
        boolean unknown = described.stream().map(zones::get).anyMatch(z -> {
            try {
                java.time.ZoneId.of(z.trim());
                return false;
            } catch (java.time.DateTimeException e) {
                return true;
            }
        });
        return finding("advertiser-timezone-form", assumption, offsets || unknown ? Verdict.CONTRADICTED
                : Verdict.CONFIRMED, String.join(", ", forms) + (unknown ? ": a zone Java does not know" : ""));
    }

    /** The advertiser's last settled week: TikTok's default view, its TopView and Promote campaigns, its total. */
    private Week week(String advertiserId) {
        Week known = weeks.get(advertiserId);
        if (known != null) {
            return known;
        }
        LocalDate[] days = session.settledWeek(advertiserId);
        Map<String, String> all = ProbeSession.in("campaign_status", List.of("STATUS_ALL"));
        List<String> byCampaign = List.of("campaign_id", "stat_time_day");
        List<Map<String, String>> auction = rows(session.report(advertiserId, "AUCTION_CAMPAIGN", byCampaign,
                List.of("spend"), days, List.of(all)));
        List<Map<String, String>> topView = rows(session.report(advertiserId, "AUCTION_CAMPAIGN", byCampaign,
                List.of("spend"), days, List.of(all, ProbeSession.in("buying_type", List.of("RESERVATION_TOP_VIEW")))));
        List<Map<String, String>> promote = rows(session.report(advertiserId, "AUCTION_CAMPAIGN", byCampaign,
                List.of("spend"), days, List.of(all, ProbeSession.in("campaign_system_origins", List.of("PROMOTE")))));
        BigDecimal total = ProbeSession.sum(rows(session.report(advertiserId, "AUCTION_ADVERTISER",
                List.of("advertiser_id", "stat_time_day"), List.of("spend"), days, List.of())), "spend");
        Week week = new Week(advertiserId, days, auction, topView, promote, total);
        weeks.put(advertiserId, week);
        return week;
    }

    private List<Map<String, String>> rows(Map<String, String> query) {
        return session.reportRows(query);
    }

    /** The first of at most two advertisers whose week has rows of a slice, or null. */
    private Week firstWith(Function<Week, List<Map<String, String>>> slice) {
        for (String advertiser : session.advertisers().subList(0, Math.min(2, session.advertisers().size()))) {
            Week week = week(advertiser);
            if (!slice.apply(week).isEmpty() && ProbeSession.sum(slice.apply(week), "spend").signum() > 0) {
                return week;
            }
        }
        return null;
    }

    private String window(Week week) {
        return session.masked(week.advertiserId()) + ", " + week.days()[0] + " to " + week.days()[1];
    }

    private Finding advertiserTotalHoldsPromote() {
        String id = "advertiser-total-holds-promote";
        String assumption = "TikTok's advertiser-level total counts Promote campaigns";
        Week week = firstWith(Week::promote);
        if (week == null) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "no Promote campaign delivered in the last settled"
                                                                 + " week of the advertisers probed");
        }
        BigDecimal promote = ProbeSession.sum(week.promote(), "spend");
        String figures = window(week) + ": advertiser total spend " + week.total() + ", campaigns " + week.counted(false)
                         + " + Promote " + promote;
        // TikTok's total may hold GMV Max too (the next question): either way is tried
        for (BigDecimal gmvMax : List.of(BigDecimal.ZERO, gmvMaxCost(week))) {
            String withGmvMax = gmvMax.signum() == 0 ? "" : " (with GMV Max cost " + gmvMax + ")";
            if (equal(week, week.counted(true).add(gmvMax))) {
                totalHoldsPromote = true;
                return finding(id, assumption, Verdict.CONFIRMED, figures + withGmvMax);
            }
            if (equal(week, week.counted(false).add(gmvMax))) {
                totalHoldsPromote = false;
                return finding(id, assumption, Verdict.CONTRADICTED, figures + withGmvMax
                                                                     + ": the total leaves Promote out");
            }
        }
        return finding(id, assumption, Verdict.NOT_TESTABLE, figures + ": the total matches neither answer");
    }

    private static boolean equal(Week week, BigDecimal counted) {
        return week.total().subtract(counted).abs().compareTo(week.tolerance()) <= 0;
    }

    private final Map<String, BigDecimal> gmvMaxCosts = new LinkedHashMap<>();

    /** The GMV Max cost of the week of an advertiser's stores (at most two), asked once; 0 without any. */
    private BigDecimal gmvMaxCost(Week week) {
        return gmvMaxCosts.computeIfAbsent(week.advertiserId(), advertiser -> {
            Answer stores = session.get(GmvMaxCatalog.STORE_LIST_PATH, Map.of("advertiser_id", advertiser));
            List<String> available = new ArrayList<>();
            for (JsonNode store : stores.data().path("store_list")) {
                if (store.path("is_gmv_max_available").asBoolean(false)) {
                    available.add(store.path("store_id").asText());
                }
            }
            BigDecimal cost = BigDecimal.ZERO;
            for (String store : available.subList(0, Math.min(2, available.size()))) {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("advertiser_id", advertiser);
                query.put("store_ids", session.json(List.of(store)));
                query.put("start_date", week.days()[0].toString());
                query.put("end_date", week.days()[1].toString());
                query.put("metrics", session.json(List.of("cost")));
                query.put("dimensions", session.json(List.of("advertiser_id")));
                query.put("page", "1");
                query.put("page_size", "1000");
                cost = cost.add(ProbeSession.sum(session.get(GmvMaxCatalog.REPORT_PATH, query).rows(), "cost"));
            }
            return cost;
        });
    }

    private Finding advertiserTotalLeavesGmvMaxOut() {
        String id = "advertiser-total-leaves-gmv-max-out";
        String assumption = "TikTok's integrated advertiser total leaves GMV Max spend out";
        for (String advertiser : session.advertisers().subList(0, Math.min(2, session.advertisers().size()))) {
            Week week = week(advertiser);
            BigDecimal gmvMax = gmvMaxCost(week);
            if (gmvMax.signum() == 0) {
                continue;
            }
            List<Boolean> promote = totalHoldsPromote == null ? List.of(true, false) : List.of(totalHoldsPromote);
            for (boolean withPromote : promote) {
                BigDecimal counted = week.counted(withPromote);
                String figures = window(week) + ": advertiser total spend " + week.total() + ", campaigns " + counted
                                 + ", GMV Max cost " + gmvMax;
                if (equal(week, counted)) {
                    return finding(id, assumption, Verdict.CONFIRMED, figures);
                }
                if (equal(week, counted.add(gmvMax))) {
                    return finding(id, assumption, Verdict.CONTRADICTED, figures + ": the total holds GMV Max");
                }
            }
            return finding(id, assumption, Verdict.NOT_TESTABLE, window(week) + ": advertiser total spend "
                           + week.total() + " matches neither answer (GMV Max cost " + gmvMax + ")");
        }
        return finding(id, assumption, Verdict.NOT_TESTABLE, "no GMV Max store with cost in the last settled week of"
                                                             + " the advertisers probed");
    }

    private Finding reportsHoldReservationAndFrequency() {
        String id = "reports-hold-reservation-rf";
        String assumption = "reports without a buying_type filter hold Reach & Frequency campaigns";
        for (String advertiser : session.advertisers().subList(0, Math.min(2, session.advertisers().size()))) {
            Week week = week(advertiser);
            List<Map<String, String>> rf = rows(session.report(advertiser, "AUCTION_CAMPAIGN",
                    List.of("campaign_id", "stat_time_day"), List.of("spend"), week.days(), List.of(
                            ProbeSession.in("campaign_status", List.of("STATUS_ALL")),
                            ProbeSession.in("buying_type", List.of("RESERVATION_RF")))));
            if (rf.isEmpty()) {
                continue;
            }
            Set<String> rfCampaigns = rf.stream().map(r -> r.get("campaign_id")).collect(Collectors.toSet());
            Set<String> inDefault = week.auction().stream().map(r -> r.get("campaign_id")).collect(Collectors.toSet());
            boolean held = inDefault.containsAll(rfCampaigns);
            return finding(id, assumption, held ? Verdict.CONFIRMED : Verdict.CONTRADICTED, window(week) + ": "
                    + rfCampaigns.size() + " R&F campaign(s), " + (held ? "all" : "not all") + " in the report"
                    + " without the filter");
        }
        return finding(id, assumption, Verdict.NOT_TESTABLE, "no Reach & Frequency campaign delivered in the last"
                                                             + " settled week of the advertisers probed");
    }

    private Finding filterTypeNotInRefused() {
        String id = "filter-type-not-in-refused";
        String assumption = "filter_type NOT_IN is refused, as TikTok's API spec lists only BETWEEN, GREATER_EQUAL,"
                            + " GREATER_THAN, IN, LOWER_EQUAL, LOWER_THAN, MATCH, RANGE (its report page lists it)";
        String advertiser = session.advertisers().get(0);
        Map<String, String> query = session.report(advertiser, "AUCTION_CAMPAIGN", List.of("campaign_id"),
                List.of("spend"), session.settledWeek(advertiser), List.of(Map.of("field_name", "campaign_ids",
                        "filter_type", "NOT_IN", "filter_value", "[\"0\"]")));
        Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, query);
        return finding(id, assumption, answer.code() == 40002 ? Verdict.CONFIRMED
                : answer.ok() ? Verdict.CONTRADICTED : Verdict.NOT_TESTABLE, "a report filtered campaign_ids NOT_IN"
                + " [\"0\"]: " + answer.describe());
    }

    private Finding changeLogMetricsAccepted() {
        String id = "change-log-metrics-accepted";
        List<String> names = List.copyOf(ReportFields.typedMetrics("BASIC"));
        String assumption = "the integrated report takes the metrics of TikTok's 2026 change log (" + String.join(", ",
                names) + "), as the catalog's tiktok-report-fields.tsv quotes them";
        String advertiser = session.advertisers().get(0);
        List<String> metrics = new ArrayList<>(List.of("spend"));
        metrics.addAll(names);
        Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, session.report(advertiser, "AUCTION_ADVERTISER",
                List.of("advertiser_id"), metrics, session.settledWeek(advertiser), List.of()));
        return finding(id, assumption, answer.ok() ? Verdict.CONFIRMED
                : answer.code() == 40002 ? Verdict.CONTRADICTED : Verdict.NOT_TESTABLE,
                "an advertiser-level report of them: " + answer.describe());
    }

    private Finding batchMoneyWithoutDecimals() {
        String id = "batch-money-without-decimals";
        String assumption = "a report of several advertisers (advertiser_ids) gives money with its decimals, as a"
                            + " report of one does (TikTok's page says it is \"presented without a decimal point\")";
        if (session.advertisers().size() < 2) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "needs two advertisers of the token");
        }
        List<String> two = session.advertisers().subList(0, 2);
        Map<String, String> query = session.report(two.get(0), "AUCTION_ADGROUP",
                List.of("adgroup_id", "stat_time_day"), List.of("spend"), session.settledWeek(two.get(0)),
                List.of());
        query.remove("advertiser_id");
        query.put("advertiser_ids", session.json(two));
        Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, query);
        if (!answer.ok()) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "TikTok refused the batch: " + answer.describe());
        }
        List<String> spends = answer.rows().stream().map(r -> r.get("spend"))
                .filter(v -> v != null && !"-".equals(v) && new BigDecimal(v).signum() != 0).toList();
        if (spends.isEmpty()) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "no spend in the batch's last settled week");
        }
        // money with its decimals has one scale (cents: 2); without them, trailing zeros go and scales differ
        int scale = spends.stream().mapToInt(v -> new BigDecimal(v).scale()).max().orElse(0);
        List<String> shorter = spends.stream().filter(v -> new BigDecimal(v).scale() < scale).toList();
        return finding(id, assumption, shorter.isEmpty() ? Verdict.CONFIRMED : Verdict.CONTRADICTED, spends.size()
                + " amounts, " + (shorter.isEmpty() ? "all with " + scale + " decimals, e.g. "
                        + String.join(", ", spends.subList(0, Math.min(3, spends.size())))
                        : shorter.size() + " with fewer than " + scale + " decimals, e.g. "
                          + String.join(", ", shorter.subList(0, Math.min(3, shorter.size())))));
    }

    /** {@code /ad/get/}'s total_number of one advertiser for a status filter (TikTok's default view of ads). */
    private long ads(String advertiser, String status) {
        return ads(advertiser, status, Map.of());
    }

    private long ads(String advertiser, String status, Map<String, Object> more) {
        Map<String, Object> filtering = new LinkedHashMap<>(more);
        if (status != null) {
            filtering.put("primary_status", status);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiser);
        query.put("fields", session.json(List.of("ad_id")));
        if (!filtering.isEmpty()) {
            query.put("filtering", session.json(filtering));
        }
        query.put("page", "1");
        query.put("page_size", "1");
        Answer answer = session.get("/open_api/v1.3/ad/get/", query);
        if (!answer.ok()) {
            throw new IllegalStateException("TikTok answered " + answer.describe() + " to /ad/get/");
        }
        return answer.totalNumber();
    }

    private final Map<String, Long> reportedAds = new LinkedHashMap<>();

    /**
     * The ads a report of TikTok's default view covers (its 20,000-ad limit applies to them): those its listing holds
     * by default, deleted ones included, as the report asked with {@code ad_status} STATUS_ALL holds them.
     */
    private long reportedAds(String advertiser) {
        return reportedAds.computeIfAbsent(advertiser, a -> ads(a, "STATUS_ALL"));
    }

    private Finding statusAllListsDeletedAds() {
        String id = "status-all-lists-deleted-ads";
        String assumption = "primary_status STATUS_ALL lists deleted ads too, as it does ad groups";
        for (String advertiser : session.advertisers().subList(0, Math.min(2, session.advertisers().size()))) {
            long deleted = ads(advertiser, "STATUS_DELETE");
            if (deleted == 0) {
                continue;
            }
            long live = ads(advertiser, null);
            long all = ads(advertiser, "STATUS_ALL");
            String figures = session.masked(advertiser) + ": STATUS_ALL " + all + " ads, default " + live
                             + ", STATUS_DELETE " + deleted;
            return finding(id, assumption, all == live + deleted ? Verdict.CONFIRMED
                    : all == live ? Verdict.CONTRADICTED : Verdict.NOT_TESTABLE, figures);
        }
        return finding(id, assumption, Verdict.NOT_TESTABLE, "no deleted ad in the advertisers probed");
    }

    private Finding entityPageSize1000() {
        String id = "entity-page-size-1000";
        String assumption = "/campaign/get/, /adgroup/get/ and /ad/get/ take page_size 1000";
        Answer answer = session.get("/open_api/v1.3/campaign/get/", Map.of("advertiser_id",
                session.advertisers().get(0), "fields", session.json(List.of("campaign_id")), "page", "1",
                "page_size", "1000"));
        return finding(id, assumption, answer.ok() ? Verdict.CONFIRMED : answer.code() == 40002
                ? Verdict.CONTRADICTED : Verdict.NOT_TESTABLE, "/campaign/get/ with page_size 1000: "
                + answer.describe());
    }

    private Finding promoteHasNoHourlyRows() {
        String id = "promote-has-no-hourly-rows";
        String assumption = "TikTok reports Promote campaigns by day, not by hour (its Promote page lists no"
                            + " stat_time_hour)";
        Week week = firstWith(Week::promote);
        if (week == null) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "no Promote campaign delivered in the last settled"
                                                                 + " week of the advertisers probed");
        }
        LocalDate day = week.days()[1];
        Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, session.report(week.advertiserId(),
                "AUCTION_CAMPAIGN", List.of("campaign_id", "stat_time_hour"), List.of("spend"),
                new LocalDate[] { day, day }, List.of(ProbeSession.in("campaign_system_origins", List.of("PROMOTE")))));
        boolean rows = answer.ok() && !answer.rows().isEmpty();
        return finding(id, assumption, rows ? Verdict.CONTRADICTED : Verdict.CONFIRMED, session.masked(
                week.advertiserId()) + ", " + day + ", Promote by hour: " + answer.describe() + ", "
                + (answer.ok() ? answer.rows().size() : 0) + " rows");
    }

    private Finding spanOf365DaysWithoutTime() {
        String id = "span-365-days-without-time";
        String assumption = "a report without a time dimension may span 365 days";
        String advertiser = session.advertisers().get(0);
        LocalDate end = session.settledWeek(advertiser)[1];
        Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, session.report(advertiser, "AUCTION_CAMPAIGN",
                List.of("campaign_id"), List.of("spend"), new LocalDate[] { end.minusDays(364), end }, List.of()));
        return finding(id, assumption, answer.ok() ? Verdict.CONFIRMED : answer.code() == 40002
                ? Verdict.CONTRADICTED : Verdict.NOT_TESTABLE, "365 days by campaign: " + answer.describe());
    }

    private Finding adsThrottleHeader() {
        String id = "ads-throttle-header";
        String assumption = "a synchronous report of more than 20,000 ads is cut to the newest and says so in"
                            + " X-Tt-Ads-Throttle";
        long most = 0;
        for (String advertiser : session.advertisers().subList(0, Math.min(5, session.advertisers().size()))) {
            long ads = reportedAds(advertiser);
            most = Math.max(most, ads);
            if (ads > TikTokReportCatalog.SYNC_ADS_LIMIT) {
                LocalDate day = session.settledWeek(advertiser)[1];
                Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, session.report(advertiser, "AUCTION_AD",
                        List.of("ad_id"), List.of("spend"), new LocalDate[] { day, day }, List.of(ProbeSession.in(
                                "ad_status", List.of("STATUS_ALL")))));
                return finding(id, assumption, answer.adsThrottle() != null ? Verdict.CONFIRMED
                        : Verdict.CONTRADICTED, session.masked(advertiser) + " holds " + ads + " ads; the header: "
                        + (answer.adsThrottle() == null ? "absent" : answer.adsThrottle()));
            }
        }
        return finding(id, assumption, Verdict.NOT_TESTABLE, "the largest account probed holds " + most + " ads, not"
                                                             + " more than 20,000");
    }

    private Finding batchCutCarriesHeader() {
        String id = "batch-cut-carries-header";
        String assumption = "a report of several advertisers cut at 20,000 ads says so in X-Tt-Ads-Throttle too";
        List<String> five = session.advertisers().subList(0, Math.min(5, session.advertisers().size()));
        if (five.size() < 2) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "needs two advertisers of the token");
        }
        long ads = five.stream().mapToLong(this::reportedAds).sum();
        if (ads <= TikTokReportCatalog.SYNC_ADS_LIMIT) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "the first " + five.size() + " advertisers hold "
                                                                 + ads + " ads together, not more than 20,000");
        }
        LocalDate day = session.settledWeek(five.get(0))[1];
        Map<String, String> query = session.report(five.get(0), "AUCTION_AD", List.of("ad_id", "advertiser_id"),
                List.of("spend"), new LocalDate[] { day, day }, List.of(ProbeSession.in("ad_status",
                        List.of("STATUS_ALL"))));
        query.remove("advertiser_id");
        query.put("advertiser_ids", session.json(five));
        Answer answer = session.get(TikTokReportCatalog.REPORT_PATH, query);
        if (!answer.ok()) {
            return finding(id, assumption, Verdict.NOT_TESTABLE, "TikTok refused the batch: " + answer.describe());
        }
        return finding(id, assumption, answer.adsThrottle() != null ? Verdict.CONFIRMED : Verdict.CONTRADICTED,
                five.size() + " advertisers, " + ads + " ads; the header: " + (answer.adsThrottle() == null ? "absent"
                        : answer.adsThrottle()));
    }

    private Finding tokenLifetime() {
        return finding("token-lifetime", "a Marketing API access token lasts until it is revoked",
                Verdict.NOT_TESTABLE, "one run cannot see a token expire; a 40102 or 40105 on a token that worked"
                                      + " before would contradict it, and so would a code exchange (connect) whose"
                                      + " answer carries refresh_token and expires_in (the component then refreshes"
                                      + " the token at /oauth2/refresh_token/, a path no TikTok page confirms)");
    }

    /** The one small report task: whether it holds TopView campaigns, and how it writes country codes. */
    private List<Finding> tasks() {
        String topViewId = "tasks-leave-top-view-out";
        String topViewAssumption = "report tasks leave TopView campaigns out (their filters take no buying_type)";
        String countryId = "task-country-names";
        String countryAssumption = "report tasks write country_code as the country's name (TikTok's known issue)";
        Week week;
        try {
            week = firstWith(Week::topView);
            if (week == null) {
                week = week(session.advertisers().get(0));
            }
        } catch (RuntimeException e) {
            return List.of(finding(topViewId, topViewAssumption, Verdict.NOT_TESTABLE, e.getMessage()),
                    finding(countryId, countryAssumption, Verdict.NOT_TESTABLE, e.getMessage()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("advertiser_id", week.advertiserId());
        body.put("service_type", "AUCTION");
        body.put("report_type", "BASIC");
        body.put("data_level", "AUCTION_CAMPAIGN");
        body.put("dimensions", List.of("campaign_id", "country_code"));
        body.put("metrics", List.of("spend"));
        body.put("start_date", week.days()[0].toString());
        body.put("end_date", week.days()[1].toString());
        body.put("enable_report_title_translation", false);
        body.put("output_format", "CSV_STRING");
        String csv;
        try {
            csv = task(week.advertiserId(), body);
        } catch (RuntimeException e) {
            csv = null;
            String why = e.getMessage();
            return List.of(finding(topViewId, topViewAssumption, Verdict.NOT_TESTABLE, why),
                    finding(countryId, countryAssumption, Verdict.NOT_TESTABLE, why));
        }
        List<String[]> lines = csv.lines().map(l -> l.split(",", -1)).toList();
        List<Finding> findings = new ArrayList<>();
        int campaign = lines.isEmpty() ? -1 : Arrays.asList(lines.get(0)).indexOf("campaign_id");
        int country = lines.isEmpty() ? -1 : Arrays.asList(lines.get(0)).indexOf("country_code");
        Set<String> campaigns = lines.stream().skip(1).filter(l -> campaign >= 0 && l.length > campaign)
                .map(l -> l[campaign].replace("\"", "")).collect(Collectors.toSet());
        Set<String> topView = week.topView().stream().map(r -> r.get("campaign_id")).collect(Collectors.toSet());
        if (topView.isEmpty()) {
            findings.add(finding(topViewId, topViewAssumption, Verdict.NOT_TESTABLE, "no TopView campaign delivered"
                                 + " in the last settled week of the advertisers probed"));
        } else {
            boolean held = campaigns.stream().anyMatch(topView::contains);
            findings.add(finding(topViewId, topViewAssumption, held ? Verdict.CONTRADICTED : Verdict.CONFIRMED,
                    window(week) + ": " + topView.size() + " TopView campaign(s), " + (held ? "in" : "not in")
                    + " the task's " + campaigns.size() + " campaigns"));
        }
        List<String> countries = lines.stream().skip(1).filter(l -> country >= 0 && l.length > country)
                .map(l -> l[country].replace("\"", "")).distinct().limit(3).toList();
        if (countries.isEmpty()) {
            findings.add(finding(countryId, countryAssumption, Verdict.NOT_TESTABLE, "the task has no rows"));
        } else {
            boolean codes = countries.stream().allMatch(c -> c.matches("[A-Z]{2}"));
            findings.add(finding(countryId, countryAssumption, codes ? Verdict.CONTRADICTED : Verdict.CONFIRMED,
                    "country_code values: " + String.join(", ", countries)));
        }
        return findings;
    }

    /** Creates the task, checks it until it is done (growing waits, up to about two minutes) and downloads it. */
    private String task(String advertiser, Map<String, Object> body) {
        Answer created = session.createTask(body);
        if (created == null) {
            throw new IllegalStateException("no report task created (TIKTOK_PROBE_TASKS=false)");
        }
        if (!created.ok()) {
            throw new IllegalStateException("TikTok refused the report task: " + created.describe());
        }
        String taskId = created.data().path("task_id").asText();
        long wait = 1000;
        for (int check = 0; check < 8 && !session.stopping(); check++) {
            Answer status = session.get(TikTokReportCatalog.TASK_CHECK_PATH, Map.of("advertiser_id", advertiser,
                    "task_id", taskId));
            String state = status.data().path("status").asText();
            if ("SUCCESS".equals(state)) {
                return session.download(advertiser, taskId);
            }
            if (!"QUEUING".equals(state) && !"PROCESSING".equals(state)) {
                throw new IllegalStateException("the report task ended " + state + ": " + status.describe());
            }
            sleep(wait);
            wait = Math.min(wait * 2, 30_000);
        }
        throw new IllegalStateException("the report task was not done in time (it is not cancelled: it changes"
                                        + " nothing)");
    }

    private void sleep(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && !session.stopping()) {
            try {
                Thread.sleep(Math.min(100, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---- the file --------------------------------------------------------------------------------------------

    private static Path write(Path folder, List<Finding> findings, ProbeSession session, boolean stopped)
            throws IOException {
        Files.createDirectories(folder);
        StringBuilder md = new StringBuilder("# camel-tiktok probe\n\n");
        md.append("Run ").append(ZonedDateTime.now().withNano(0)).append(", ").append(session.advertisers().size())
                .append(" advertiser(s), ").append(session.requests()).append(" requests")
                .append(stopped ? ", stopped before the end" : "").append(". No token, no account names: advertisers"
                        + " are numbered, with the last digits of their ids.\n\n")
                .append("Each line settles one question TikTok's docs leave open (docs/unconfirmed.md of"
                        + " camel-tiktok): *confirmed* means TikTok answers as the component assumes, *contradicted*"
                        + " that it answers the other way (please attach this file to an issue), *not testable"
                        + " here* that this account cannot show it.\n\n")
                .append("| question | verdict | what the project assumes | evidence | request ids |\n")
                .append("|---|---|---|---|---|\n");
        for (Finding f : findings) {
            md.append("| `").append(f.id()).append("` | ").append(f.verdict().label).append(" | ")
                    .append(cell(f.assumption())).append(" | ").append(cell(f.evidence())).append(" | ")
                    .append(String.join(", ", f.requestIds())).append(" |\n");
        }
        Path file = folder.resolve(FILE);
        Files.writeString(file, md.toString());
        return file;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
