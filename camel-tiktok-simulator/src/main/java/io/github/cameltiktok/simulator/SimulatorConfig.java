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
package io.github.cameltiktok.simulator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The size and behaviour of a simulated TikTok: how many advertisers, campaigns, ad groups and ads, which days have
 * figures, the developer app and its token, a per-app QPS limit and a per-request latency. Immutable; build one with
 * {@link #builder()} (or from {@link #defaults()}), change one with {@link #toBuilder()} or the {@code with*}
 * shortcuts.
 *
 * @param advertisers            advertisers the app's token may read
 * @param campaignsPerAdvertiser campaigns of each advertiser
 * @param adgroupsPerCampaign    ad groups of each campaign
 * @param adsPerAdgroup          ads of each ad group
 * @param firstDay               first day with delivery
 * @param lastDay                last day with delivery
 * @param appId                  the developer app
 * @param appSecret              its secret
 * @param accessToken            a long-lived token of the app, valid from the start
 * @param qpsLimit               requests per second per app before TikTok's 40100; 0 for none
 * @param latencyMillis          delay added to every answer
 * @param requestJournal         keep WireMock's request journal (tests inspect it; benchmarks turn it off)
 * @param adsLimit               ads a synchronous report covers before TikTok truncates it to the newest ones and
 *                               says so in {@code X-Tt-Ads-Throttle} (TikTok: 20,000); 0 for no limit
 * @param maxQueryRows           rows above which a synchronous query is answered 40067 ("too large"); 0 for none
 * @param tasks                  how asynchronous report tasks behave
 * @param checksUntilDone        checks of a task before it reports its end (QUEUING, then PROCESSING until then)
 * @param quirks                 deleted objects, time zones, shifting pages, other encodings, open questions
 * @param campaignMix            some campaigns are Promote, TopView and Reach &amp; Frequency ones
 *                               ({@code SyntheticData#campaignKind}), which TikTok serves apart; false for auction
 *                               campaigns only
 */
public record SimulatorConfig(
        int advertisers,
        int campaignsPerAdvertiser,
        int adgroupsPerCampaign,
        int adsPerAdgroup,
        LocalDate firstDay,
        LocalDate lastDay,
        String appId,
        String appSecret,
        String accessToken,
        int qpsLimit,
        long latencyMillis,
        boolean requestJournal,
        int adsLimit,
        long maxQueryRows,
        TaskBehaviour tasks,
        int checksUntilDone,
        SimulatorQuirks quirks,
        boolean campaignMix) {

    /** What the simulated app's asynchronous report tasks do. */
    public enum TaskBehaviour {
        /** Queued, processing, then done: the CSV holds the report. */
        SUCCEED,
        /** The task ends FAILED with a message. */
        FAIL,
        /** The task stays PROCESSING until cancelled. */
        NEVER_FINISH,
        /** Someone else cancels the task: it ends CANCELED. */
        CANCELED,
        /** The app is not allow-listed for report tasks: creation answers 40118. */
        NOT_ALLOWED
    }

    public static final String DEFAULT_APP_ID = "7300000000000000001";
    public static final String DEFAULT_APP_SECRET = "simulator-app-secret";
    public static final String DEFAULT_ACCESS_TOKEN = "simulator-access-token";

    public SimulatorConfig {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (advertisers < 1 || campaignsPerAdvertiser < 1 || adgroupsPerCampaign < 1 || adsPerAdgroup < 1) {
            throw new IllegalArgumentException("every entity count must be at least 1");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay is before firstDay");
        }
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(quirks, "quirks");
    }

    /**
     * Three advertisers with 3 campaigns (one of them a Promote, TopView or R&amp;F campaign for the first two), 4 ad
     * groups each and 2 ads per group; figures for the last 90 days, up to each advertiser's own today.
     */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    /** A builder holding {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.advertisers = advertisers;
        b.campaignsPerAdvertiser = campaignsPerAdvertiser;
        b.adgroupsPerCampaign = adgroupsPerCampaign;
        b.adsPerAdgroup = adsPerAdgroup;
        b.firstDay = firstDay;
        b.lastDay = lastDay;
        b.appId = appId;
        b.appSecret = appSecret;
        b.accessToken = accessToken;
        b.qpsLimit = qpsLimit;
        b.latencyMillis = latencyMillis;
        b.requestJournal = requestJournal;
        b.adsLimit = adsLimit;
        b.maxQueryRows = maxQueryRows;
        b.tasks = tasks;
        b.checksUntilDone = checksUntilDone;
        b.quirks = quirks;
        b.campaignMix = campaignMix;
        return b;
    }

    /** Builds a configuration by name; it starts from {@link #defaults()}. */
    public static final class Builder {
        private int advertisers = 3;
        private int campaignsPerAdvertiser = 3;
        private int adgroupsPerCampaign = 4;
        private int adsPerAdgroup = 2;
        // the last day is the date in the zone furthest ahead: an advertiser whose zone is ahead of this machine's
        // is already in tomorrow and has delivery there; each advertiser's own today still ends its figures
        private LocalDate firstDay = LocalDate.now().minusDays(89);
        private LocalDate lastDay = LocalDate.now(ZoneOffset.MAX);
        private String appId = DEFAULT_APP_ID;
        private String appSecret = DEFAULT_APP_SECRET;
        private String accessToken = DEFAULT_ACCESS_TOKEN;
        private int qpsLimit = 10;
        private long latencyMillis;
        private boolean requestJournal = true;
        private int adsLimit = 20_000;
        private long maxQueryRows;
        private TaskBehaviour tasks = TaskBehaviour.SUCCEED;
        private int checksUntilDone = 2;
        private SimulatorQuirks quirks = SimulatorQuirks.none();
        private boolean campaignMix = true;

        private Builder() {
        }

        public Builder entities(int advertisers, int campaignsPerAdvertiser, int adgroupsPerCampaign,
                                int adsPerAdgroup) {
            this.advertisers = advertisers;
            this.campaignsPerAdvertiser = campaignsPerAdvertiser;
            this.adgroupsPerCampaign = adgroupsPerCampaign;
            this.adsPerAdgroup = adsPerAdgroup;
            return this;
        }

        public Builder days(LocalDate firstDay, LocalDate lastDay) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            return this;
        }

        public Builder app(String appId, String appSecret, String accessToken) {
            this.appId = appId;
            this.appSecret = appSecret;
            this.accessToken = accessToken;
            return this;
        }

        public Builder qpsLimit(int value) {
            qpsLimit = value;
            return this;
        }

        public Builder latencyMillis(long value) {
            latencyMillis = value;
            return this;
        }

        public Builder requestJournal(boolean value) {
            requestJournal = value;
            return this;
        }

        /** TikTok's truncation of synchronous reports above {@code adsLimit} ads (0: never). */
        public Builder adsLimit(int value) {
            adsLimit = value;
            return this;
        }

        /** TikTok's 40067 for synchronous queries of more than {@code maxQueryRows} rows (0: never). */
        public Builder maxQueryRows(long value) {
            maxQueryRows = value;
            return this;
        }

        public Builder tasks(TaskBehaviour behaviour, int checks) {
            tasks = behaviour;
            checksUntilDone = checks;
            return this;
        }

        public Builder quirks(SimulatorQuirks value) {
            quirks = value;
            return this;
        }

        /** Whether some campaigns are Promote, TopView and R&amp;F ones (true by default). */
        public Builder campaignMix(boolean value) {
            campaignMix = value;
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup,
                    firstDay, lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal,
                    adsLimit, maxQueryRows, tasks, checksUntilDone, quirks, campaignMix);
        }
    }

    public SimulatorConfig withEntities(int advertisers, int campaignsPerAdvertiser, int adgroupsPerCampaign,
                                        int adsPerAdgroup) {
        return toBuilder().entities(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup).build();
    }

    public SimulatorConfig withDays(LocalDate firstDay, LocalDate lastDay) {
        return toBuilder().days(firstDay, lastDay).build();
    }

    public SimulatorConfig withQpsLimit(int qpsLimit) {
        return toBuilder().qpsLimit(qpsLimit).build();
    }

    public SimulatorConfig withLatencyMillis(long latencyMillis) {
        return toBuilder().latencyMillis(latencyMillis).build();
    }

    public SimulatorConfig withRequestJournal(boolean requestJournal) {
        return toBuilder().requestJournal(requestJournal).build();
    }

    public SimulatorConfig withApp(String appId, String appSecret, String accessToken) {
        return toBuilder().app(appId, appSecret, accessToken).build();
    }

    /** TikTok's truncation of synchronous reports above {@code adsLimit} ads (0: never). */
    public SimulatorConfig withAdsLimit(int adsLimit) {
        return toBuilder().adsLimit(adsLimit).build();
    }

    /** TikTok's 40067 for synchronous queries of more than {@code maxQueryRows} rows (0: never). */
    public SimulatorConfig withMaxQueryRows(long maxQueryRows) {
        return toBuilder().maxQueryRows(maxQueryRows).build();
    }

    public SimulatorConfig withTasks(TaskBehaviour tasks, int checksUntilDone) {
        return toBuilder().tasks(tasks, checksUntilDone).build();
    }

    public SimulatorConfig withQuirks(SimulatorQuirks quirks) {
        return toBuilder().quirks(quirks).build();
    }

    /** Auction campaigns only: no Promote, TopView or R&amp;F campaign. */
    public SimulatorConfig withoutCampaignMix() {
        return toBuilder().campaignMix(false).build();
    }

    /** Never prints the secret or the token. */
    @Override
    public String toString() {
        return "SimulatorConfig[advertisers=" + advertisers + ", campaignsPerAdvertiser=" + campaignsPerAdvertiser
               + ", adgroupsPerCampaign=" + adgroupsPerCampaign + ", adsPerAdgroup=" + adsPerAdgroup + ", days="
               + firstDay + ".." + lastDay + ", appId=" + appId + ", qpsLimit=" + qpsLimit + ", latencyMillis="
               + latencyMillis + ", adsLimit=" + adsLimit + ", maxQueryRows=" + maxQueryRows + ", tasks=" + tasks
               + ", quirks=" + quirks + ", campaignMix=" + campaignMix + "]";
    }
}
