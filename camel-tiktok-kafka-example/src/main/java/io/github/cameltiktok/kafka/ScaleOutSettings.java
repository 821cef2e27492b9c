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
package io.github.cameltiktok.kafka;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a planner and its workers share: where Kafka, ZooKeeper and TikTok are, the advertisers and the report, how
 * work is planned, and the app's rate that all workers together stay under.
 *
 * @param bootstrapServers     Kafka's {@code bootstrap.servers}
 * @param zooKeeperConnect     ZooKeeper's connect string, for electing the planner
 * @param baseUrl              TikTok's API host (or a simulator's)
 * @param accessToken          the app's access token
 * @param advertiserIds        the advertisers to plan for; empty for every advertiser TikTok lists for the token
 *                             (then {@code appId} and {@code appSecret} are needed), listed again at each plan
 * @param report               the {@code tiktok-report:} preset the workers read, e.g. {@code adgroup-summary}
 * @param dimensions           the report's dimensions: with the advertiser, the identity of a row (its Kafka key)
 * @param metrics              the report's metrics
 * @param startDate            the first day of the backfill
 * @param lookbackDays         days before the last planned day read again once a new day is planned (TikTok restates
 *                             recent figures)
 * @param windowDays           days one work item covers at most (a backfill is spread over many items)
 * @param planPeriodMillis     how often the leading planner looks for a new day
 * @param appRequestsPerSecond the developer app's rate that all workers together stay under
 * @param workPartitions       partitions of the work topic: at most {@code appRequestsPerSecond}, so that each
 *                             partition's share of the rate is at least one request a second; more workers than
 *                             partitions stand idle
 * @param appId                the developer app's id, with which TikTok lists the token's advertisers; null when
 *                             the advertisers are given
 * @param appSecret            the app's secret, never shown
 */
public record ScaleOutSettings(String bootstrapServers, String zooKeeperConnect, String baseUrl, String accessToken,
        List<String> advertiserIds, String report, List<String> dimensions, String metrics, LocalDate startDate,
        int lookbackDays, int windowDays, long planPeriodMillis, double appRequestsPerSecond, int workPartitions,
        String appId, String appSecret) {

    /** Work items, keyed by advertiser id: what to read. */
    public static final String WORK_TOPIC = "tiktok-work";
    /** Report rows, keyed by advertiser and dimensions (compacted: the latest figures of a restated day win). */
    public static final String ROWS_TOPIC = "tiktok-rows";
    /**
     * Work items that can never succeed as planned (TikTok refuses them for good: no permission, invalid parameters),
     * with the reason in the {@code tiktok.failure} header: parked here so that they do not block their partition.
     */
    public static final String FAILED_TOPIC = "tiktok-work-failed";
    /** The planner's progress: per advertiser the last day planned (compacted, survives a planner fail-over). */
    public static final String PLAN_TOPIC = "tiktok-plan";
    /** The consumer group of the workers. */
    public static final String WORKER_GROUP = "tiktok-workers";
    /** The cluster namespace the planner candidates elect their leader in. */
    public static final String PLANNER_NAMESPACE = "tiktok-planner";

    public ScaleOutSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(zooKeeperConnect, "zooKeeperConnect");
        advertiserIds = List.copyOf(advertiserIds);
        dimensions = List.copyOf(dimensions);
        if (workPartitions < 1 || workPartitions > Math.max(1, Math.floor(appRequestsPerSecond))) {
            throw new IllegalArgumentException("workPartitions must be 1 to appRequestsPerSecond ("
                                               + appRequestsPerSecond + "), so that each partition's share of the"
                                               + " app's rate is at least one request a second: " + workPartitions);
        }
        if (advertiserIds.isEmpty() && (appId == null || appSecret == null)) {
            throw new IllegalArgumentException("Give the advertisers to plan for, or the app's id and secret to plan"
                                               + " for every advertiser TikTok lists for the token");
        }
        if (windowDays < 1 || lookbackDays < 0) {
            throw new IllegalArgumentException("windowDays must be at least 1 and lookbackDays at least 0");
        }
    }

    /**
     * The ad group summary of the advertisers from {@code startDate}: a week per work item, a week looked back, the
     * planner checking every minute, 9 requests a second for the app (under TikTok's basic tier) over 9 partitions.
     */
    public static ScaleOutSettings defaults(String bootstrapServers, String zooKeeperConnect, String baseUrl,
                                            String accessToken, List<String> advertiserIds, LocalDate startDate) {
        return defaults(bootstrapServers, zooKeeperConnect, baseUrl, accessToken, advertiserIds, startDate, null,
                null);
    }

    /** The same; with no advertisers given, for every one TikTok lists for the token and the app. */
    public static ScaleOutSettings defaults(String bootstrapServers, String zooKeeperConnect, String baseUrl,
                                            String accessToken, List<String> advertiserIds, LocalDate startDate,
                                            String appId, String appSecret) {
        return new ScaleOutSettings(bootstrapServers, zooKeeperConnect, baseUrl, accessToken, advertiserIds,
                "adgroup-summary", List.of("adgroup_id", "stat_time_day"), "spend,impressions,clicks", startDate, 7, 7,
                60_000, 9, 9, appId, appSecret);
    }

    /** Whether the advertisers are those TikTok lists for the token, asked at each plan. */
    public boolean discoversAdvertisers() {
        return advertiserIds.isEmpty();
    }

    public ScaleOutSettings withPlanning(int lookbackDays, int windowDays, long planPeriodMillis) {
        return new ScaleOutSettings(bootstrapServers, zooKeeperConnect, baseUrl, accessToken, advertiserIds, report,
                dimensions, metrics, startDate, lookbackDays, windowDays, planPeriodMillis, appRequestsPerSecond,
                workPartitions, appId, appSecret);
    }

    /** Never shows the token or the app's secret. */
    @Override
    public String toString() {
        return "ScaleOutSettings[bootstrapServers=" + bootstrapServers + ", zooKeeperConnect=" + zooKeeperConnect
               + ", baseUrl=" + baseUrl + ", advertisers="
               + (advertiserIds.isEmpty() ? "every one the token may read" : advertiserIds.size()) + ", report=" + report
               + ", startDate=" + startDate + ", lookbackDays=" + lookbackDays + ", windowDays=" + windowDays
               + ", appRequestsPerSecond=" + appRequestsPerSecond + ", workPartitions=" + workPartitions + "]";
    }
}
