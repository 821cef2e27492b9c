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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
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

    private final ProbeSession session;
    /** Each advertiser's last settled week, read once for the questions that compare totals. */
    private final ProbeWeeks weeks;
    /** The questions that count ads: deleted ones, and TikTok's 20,000-ad cut. */
    private final ProbeAds ads;

    private Probe(ProbeSession session) {
        this.session = session;
        this.weeks = new ProbeWeeks(session);
        this.ads = new ProbeAds(session);
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
            Path file = ProbeFile.write(Path.of(env.getOrDefault("TIKTOK_OUTPUT", "output")), findings, session,
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
        List<Function<Probe, Finding>> questions = List.of(Probe::timezoneForm,
                probe -> probe.weeks.advertiserTotalHoldsPromote(),
                probe -> probe.weeks.advertiserTotalLeavesGmvMaxOut(),
                probe -> probe.weeks.reportsHoldReservationAndFrequency(), Probe::filterTypeNotInRefused,
                Probe::batchMoneyWithoutDecimals, probe -> probe.ads.statusAllListsDeletedAds(),
                Probe::entityPageSize1000, Probe::promoteHasNoHourlyRows, Probe::spanOf365DaysWithoutTime,
                probe -> probe.ads.adsThrottleHeader(), probe -> probe.ads.batchCutCarriesHeader(),
                Probe::tokenLifetime, Probe::changeLogMetricsAccepted);
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
            for (Finding finding : weeks.tasks()) {
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
        return session.finding(id, assumption, verdict, evidence);
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
        ProbeWeeks.Week week = weeks.firstWith(ProbeWeeks.Week::promote);
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

    private Finding tokenLifetime() {
        return finding("token-lifetime", "a Marketing API access token lasts until it is revoked",
                Verdict.NOT_TESTABLE, "one run cannot see a token expire; a 40102 or 40105 on a token that worked"
                                      + " before would contradict it, and so would a code exchange (connect) whose"
                                      + " answer carries refresh_token and expires_in (the component then refreshes"
                                      + " the token at /oauth2/refresh_token/, a path no TikTok page confirms)");
    }
}
