package io.github.cameltiktok.simulator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The size and behaviour of a simulated TikTok: how many advertisers, campaigns, ad groups and ads, which days have
 * figures, the developer app and its token, a per-app QPS limit and a per-request latency. Immutable; the
 * {@code with*} methods return changed copies.
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
 * @param quirks                 deleted objects, time zones, shifting pages, other encodings
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
        SimulatorQuirks quirks) {

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
     * Three advertisers with 3 campaigns, 4 ad groups each and 2 ads per group; figures for the last 90 days, up to
     * each advertiser's own today.
     */
    public static SimulatorConfig defaults() {
        LocalDate today = LocalDate.now();
        // the last day is the date in the zone furthest ahead: an advertiser whose zone is ahead of this machine's
        // is already in tomorrow and has delivery there; each advertiser's own today still ends its figures
        LocalDate latestToday = LocalDate.now(ZoneOffset.MAX);
        return new SimulatorConfig(3, 3, 4, 2, today.minusDays(89), latestToday, DEFAULT_APP_ID, DEFAULT_APP_SECRET,
                DEFAULT_ACCESS_TOKEN, 10, 0, true, 20_000, 0, TaskBehaviour.SUCCEED, 2, SimulatorQuirks.none());
    }

    public SimulatorConfig withEntities(int advertisers, int campaignsPerAdvertiser, int adgroupsPerCampaign,
                                        int adsPerAdgroup) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withDays(LocalDate firstDay, LocalDate lastDay) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withQpsLimit(int qpsLimit) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withLatencyMillis(long latencyMillis) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withRequestJournal(boolean requestJournal) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withApp(String appId, String appSecret, String accessToken) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    /** TikTok's truncation of synchronous reports above {@code adsLimit} ads (0: never). */
    public SimulatorConfig withAdsLimit(int adsLimit) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    /** TikTok's 40067 for synchronous queries of more than {@code maxQueryRows} rows (0: never). */
    public SimulatorConfig withMaxQueryRows(long maxQueryRows) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withTasks(TaskBehaviour tasks, int checksUntilDone) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    public SimulatorConfig withQuirks(SimulatorQuirks quirks) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal, adsLimit,
                maxQueryRows, tasks, checksUntilDone, quirks);
    }

    /** Never prints the secret or the token. */
    @Override
    public String toString() {
        return "SimulatorConfig[advertisers=" + advertisers + ", campaignsPerAdvertiser=" + campaignsPerAdvertiser
               + ", adgroupsPerCampaign=" + adgroupsPerCampaign + ", adsPerAdgroup=" + adsPerAdgroup + ", days="
               + firstDay + ".." + lastDay + ", appId=" + appId + ", qpsLimit=" + qpsLimit + ", latencyMillis="
               + latencyMillis + ", adsLimit=" + adsLimit + ", maxQueryRows=" + maxQueryRows + ", tasks=" + tasks
               + ", quirks=" + quirks + "]";
    }
}
