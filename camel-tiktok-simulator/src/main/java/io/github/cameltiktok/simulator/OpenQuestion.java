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

/**
 * What TikTok's documentation leaves open, each a switch of the simulator: by default it answers the way this
 * project thinks most likely (said for each), {@link SimulatorQuirks#withOtherAnswer} gives the other answer. The
 * component must be right either way, or say so; the examples' {@code probe} asks the real API.
 */
public enum OpenQuestion {

    /**
     * Does the advertiser-level report count Promote campaigns? TikTok says it returns "data of all Auction Ads and
     * Reservation Ads under the advertiser account" (doc 1740302848100353) and that synchronous reports leave Promote
     * out unless filtered (doc 1785880454546433); which wins at the advertiser level is not said. Default: it counts
     * them; other answer: it leaves them out.
     */
    ADVERTISER_TOTAL_WITHOUT_PROMOTE,

    /**
     * Does the integrated report's advertiser level count GMV Max spend? Not documented. Default: no (GMV Max has
     * its own report); other answer: the advertiser level's {@code spend} adds each day's GMV Max cost.
     */
    ADVERTISER_TOTAL_WITH_GMV_MAX,

    /**
     * Do synchronous campaign, ad group and ad reports hold Reach &amp; Frequency campaigns without a
     * {@code buying_type} filter? TikTok's {@code AUCTION} service type covers "auction ads, or both auction ads and
     * reservation ads" (doc 1740302848100353). Default: yes; other answer: only with the filter.
     */
    REPORTS_WITHOUT_RESERVATION_RF,

    /**
     * Do report tasks hold TopView campaigns? Their filters take no {@code buying_type} (doc 1740302766489602), and
     * whether they include TopView by default is not said. Default: no; other answer: yes.
     */
    TASKS_WITH_TOP_VIEW,

    /**
     * Are the filter types NOT_IN and CONTAIN_ANY_OF accepted? TikTok's report page documents them (doc
     * 1740302848100353), the strict ReportFilterType of its API spec lacks them. Default: refused (40002), as the
     * spec; other answer: accepted, as the page.
     */
    FILTER_TYPES_OF_THE_REPORT_PAGE,

    /**
     * Does a report of several advertisers ({@code advertiser_ids}) cut at 20,000 ads carry the
     * {@code X-Tt-Ads-Throttle} header? TikTok documents the header for one account and says the batch is cut "based
     * on the creation time ... in descending order" (doc 1740302848100353). Default: it carries it; other answer: it
     * is cut silently.
     */
    BATCH_CUT_WITHOUT_HEADER,

    /**
     * Does a report of several advertisers give money with its decimals? TikTok says its money "will be presented
     * without a decimal point. For instance, a spend of "100 USD" will be displayed as 100" (doc 1740302848100353),
     * which its example leaves open. Default: as a report of one advertiser ("100.00"); other answer: without trailing
     * zeros ("100", "226.3").
     */
    BATCH_MONEY_WITHOUT_DECIMALS,

    /**
     * Does {@code primary_status} STATUS_ALL list deleted campaigns and ads, as TikTok documents it for ad groups?
     * Its spec accepts the value for all three; the pages say it for ad groups only. Default: yes; other answer: it
     * lists what STATUS_NOT_DELETE lists.
     */
    STATUS_ALL_OMITS_DELETED,

    /**
     * Does the integrated report take the metrics TikTok's 2026 change log added (consideration, SKAN, Native Growth
     * names, {@link CatalogMetrics#CHANGE_LOG})? Quoted by this project's issue #33, not in a stored copy of TikTok's
     * pages. Default: yes; other answer: 40002, as for any unknown metric.
     */
    CHANGE_LOG_METRICS_REFUSED,

    /**
     * Does the Marketing API's code exchange hand out a token that expires, with a refresh token? TikTok's
     * authorization guide and integrators such as Airbyte describe a long-term token without either; the SDK's
     * description of {@code /oauth2/access_token/} and other integrators describe 24 hours and a refresh token
     * (refreshed at {@code /oauth2/refresh_token/}, a path no stored TikTok page confirms). Default: long-term;
     * other answer: 24 hours, {@code refresh_token}, {@code expires_in} and {@code refresh_token_expires_in}.
     */
    EXPIRING_TOKENS
}
