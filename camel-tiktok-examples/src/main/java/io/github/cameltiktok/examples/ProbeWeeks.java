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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.examples.Probe.Finding;
import io.github.cameltiktok.examples.Probe.Verdict;
import io.github.cameltiktok.examples.ProbeSession.Answer;

/**
 * The probe's questions that compare TikTok's advertiser total with its campaigns, and the figures they share: each
 * advertiser's last settled week, read once (TikTok's default view, its TopView and Promote campaigns apart, the
 * total) and the GMV Max cost of its stores. The report task question reads a week too.
 */
final class ProbeWeeks {

    /** The figures of one advertiser's last settled week, by campaign slice, shared by several questions. */
    record Week(String advertiserId, LocalDate[] days, List<Map<String, String>> auction,
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
    private final Map<String, BigDecimal> gmvMaxCosts = new LinkedHashMap<>();
    /** The first question's answer, which the second needs to tell GMV Max apart; null until known. */
    private Boolean totalHoldsPromote;

    ProbeWeeks(ProbeSession session) {
        this.session = session;
    }

    /** The advertiser's last settled week: TikTok's default view, its TopView and Promote campaigns, its total. */
    Week week(String advertiserId) {
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
    Week firstWith(Function<Week, List<Map<String, String>>> slice) {
        for (String advertiser : session.advertisers().subList(0, Math.min(2, session.advertisers().size()))) {
            Week week = week(advertiser);
            if (!slice.apply(week).isEmpty() && ProbeSession.sum(slice.apply(week), "spend").signum() > 0) {
                return week;
            }
        }
        return null;
    }

    String window(Week week) {
        return session.masked(week.advertiserId()) + ", " + week.days()[0] + " to " + week.days()[1];
    }

    static boolean equal(Week week, BigDecimal counted) {
        return week.total().subtract(counted).abs().compareTo(week.tolerance()) <= 0;
    }

    /** The GMV Max cost of the week of an advertiser's stores (at most two), asked once; 0 without any. */
    BigDecimal gmvMaxCost(Week week) {
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

    // ---- the questions that compare TikTok's advertiser total ------------------------------------------------

    Finding advertiserTotalHoldsPromote() {
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

    Finding advertiserTotalLeavesGmvMaxOut() {
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

    Finding reportsHoldReservationAndFrequency() {
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

    /** The one small report task: whether it holds TopView campaigns, and how it writes country codes. */
    List<Finding> tasks() {
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
            csv = session.runTask(week.advertiserId(), body);
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

    private Finding finding(String id, String assumption, Verdict verdict, String evidence) {
        return session.finding(id, assumption, verdict, evidence);
    }
}
