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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.examples.Probe.Finding;
import io.github.cameltiktok.examples.Probe.Verdict;
import io.github.cameltiktok.examples.ProbeSession.Answer;

/**
 * The probe's questions that count ads ({@code /ad/get/}'s total_number, one row a request): whether STATUS_ALL
 * lists deleted ads, and whether TikTok says so when it cuts a report, of one advertiser or several, at 20,000 ads.
 */
final class ProbeAds {

    private final ProbeSession session;

    ProbeAds(ProbeSession session) {
        this.session = session;
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

    Finding statusAllListsDeletedAds() {
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

    Finding adsThrottleHeader() {
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

    Finding batchCutCarriesHeader() {
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

    private Finding finding(String id, String assumption, Verdict verdict, String evidence) {
        return session.finding(id, assumption, verdict, evidence);
    }
}
