package io.github.cameltiktok.simulator;

import java.time.LocalDate;
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
        boolean requestJournal) {

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
    }

    /** Three advertisers with 3 campaigns, 4 ad groups each and 2 ads per group; figures for the last 90 days. */
    public static SimulatorConfig defaults() {
        LocalDate today = LocalDate.now();
        return new SimulatorConfig(3, 3, 4, 2, today.minusDays(89), today, DEFAULT_APP_ID, DEFAULT_APP_SECRET,
                DEFAULT_ACCESS_TOKEN, 10, 0, true);
    }

    public SimulatorConfig withEntities(int advertisers, int campaignsPerAdvertiser, int adgroupsPerCampaign,
                                        int adsPerAdgroup) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal);
    }

    public SimulatorConfig withDays(LocalDate firstDay, LocalDate lastDay) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal);
    }

    public SimulatorConfig withQpsLimit(int qpsLimit) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal);
    }

    public SimulatorConfig withLatencyMillis(long latencyMillis) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal);
    }

    public SimulatorConfig withRequestJournal(boolean requestJournal) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal);
    }

    public SimulatorConfig withApp(String appId, String appSecret, String accessToken) {
        return new SimulatorConfig(advertisers, campaignsPerAdvertiser, adgroupsPerCampaign, adsPerAdgroup, firstDay,
                lastDay, appId, appSecret, accessToken, qpsLimit, latencyMillis, requestJournal);
    }

    /** Never prints the secret or the token. */
    @Override
    public String toString() {
        return "SimulatorConfig[advertisers=" + advertisers + ", campaignsPerAdvertiser=" + campaignsPerAdvertiser
               + ", adgroupsPerCampaign=" + adgroupsPerCampaign + ", adsPerAdgroup=" + adsPerAdgroup + ", days="
               + firstDay + ".." + lastDay + ", appId=" + appId + ", qpsLimit=" + qpsLimit + ", latencyMillis="
               + latencyMillis + "]";
    }
}
