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
package io.github.cameltiktok;

import io.github.cameltiktok.options.OptionFor;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import static io.github.cameltiktok.options.OptionFor.Endpoints.REPORTS;

/**
 * Whose figures a {@code tiktok-report} endpoint reads and for which days: its advertisers (given, or every one the
 * token reaches), Business Center and stores, the account fields added to rows, and the report window.
 * {@link TikTokReportConfiguration} adds what it reads; {@link TikTokReadingConfiguration} is how.
 */
@UriParams
public class TikTokScopeConfiguration extends TikTokReadingConfiguration {
    @UriParam(description = "The TikTok advertiser id, or a comma-separated list of ids: one report per advertiser."
                            + " Every row carries advertiser_id, first. Left out, with appId and appSecret given"
                            + " beside the token: every advertiser TikTok's /oauth2/advertiser/get/ lists for the"
                            + " token, listed again at each poll (a producer: after advertiserDiscoveryInterval).")
    private String advertiserId;

    @UriParam(description = "Advertiser ids, comma-separated, that an endpoint without advertiserId leaves out of the"
                            + " advertisers TikTok lists for the token.")
    private String excludeAdvertiserId;

    @UriParam(label = "advanced", defaultValue = "3600000", javaType = "long",
              description = "Milliseconds a producer without advertiserId keeps the advertisers TikTok listed for the"
                            + " token before asking again (a consumer asks at each poll).")
    private long advertiserDiscoveryInterval = 3_600_000;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's bc_id: the Business Center whose report reportType=BC reads (then no"
                            + " advertiserId and no dataLevel).")
    private String bcId;

    @OptionFor(REPORTS)
    @UriParam(description = "GMV Max reports: the TikTok Shop store id, or a comma-separated list, one report per"
                            + " store (TikTok's store_ids takes exactly one). Default: every store that TikTok's"
                            + " /gmv_max/store/list/ lists for the advertiser with is_gmv_max_available=true. Rows carry"
                            + " store_id.")
    private String storeId;

    @OptionFor(REPORTS)
    @UriParam(description = "First day of the report window, yyyy-MM-dd, in the advertiser's time zone. With neither"
                            + " startDate nor endDate the window rolls: the last lookbackDays days up to today (the"
                            + " consumer: up to the last day delivered, then on to today), today being each"
                            + " advertiser's own day in its account's time zone (from TikTok's /advertiser/info/). A"
                            + " consumer given startDate alone reads from it while it has delivered nothing (a"
                            + " backfill), then resumes as above, never before startDate.")
    private String startDate;

    @OptionFor(REPORTS)
    @UriParam(description = "Last day (inclusive) of the report window, yyyy-MM-dd. Default: today (in the"
                            + " advertiser's time zone) when only startDate is given.")
    private String endDate;

    @OptionFor(REPORTS)
    @UriParam(description = "How many days a rolling window (no startDate and endDate) reads, the last one"
                            + " included, so that figures TikTok restates as attribution settles are fetched again."
                            + " Producer: the lookbackDays days up to today (7: today and the 6 days before). Consumer,"
                            + " first poll: the same; each later poll: the lookbackDays days up to the last day"
                            + " delivered, then every day after it up to today. 1 to 365.",
              defaultValue = "7")
    private int lookbackDays = 7;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's query_lifetime: lifetime totals; no dates are sent and no time dimension is"
                            + " allowed.",
              defaultValue = "false")
    private boolean queryLifetime;

    @OptionFor(REPORTS)
    @UriParam(enums = "currency,timezone",
              description = "Fields of the advertiser's account added to every row, comma-separated: currency,"
                            + " timezone (from TikTok's /advertiser/info/, asked once a day).")
    private String advertiserFields;

    @OptionFor(REPORTS)
    @UriParam(label = "advanced", defaultValue = "true",
              description = "Split a window longer than TikTok allows for the time dimension (30 days daily, 1 day"
                            + " hourly, 365 days without) into consecutive requests; rows stay in date order. When"
                            + " false, such a window fails at start-up.")
    private boolean splitDateRange = true;

    public String getAdvertiserId() {
        return advertiserId;
    }

    public void setAdvertiserId(String advertiserId) {
        this.advertiserId = advertiserId;
    }

    public String getExcludeAdvertiserId() {
        return excludeAdvertiserId;
    }

    public void setExcludeAdvertiserId(String excludeAdvertiserId) {
        this.excludeAdvertiserId = excludeAdvertiserId;
    }

    public long getAdvertiserDiscoveryInterval() {
        return advertiserDiscoveryInterval;
    }

    public void setAdvertiserDiscoveryInterval(long advertiserDiscoveryInterval) {
        this.advertiserDiscoveryInterval = advertiserDiscoveryInterval;
    }

    /**
     * Whether the endpoint reads every advertiser TikTok lists for the token: no advertiserId (nor bcId), and the
     * app's id and secret given, which /oauth2/advertiser/get/ needs beside the token.
     */
    public boolean discoversAdvertisers() {
        return (advertiserId == null || advertiserId.isBlank()) && (getBcId() == null || getBcId().isBlank())
               && getAppId() != null && !getAppId().isBlank() && getAppSecret() != null && !getAppSecret().isBlank();
    }

    public String getBcId() {
        return bcId;
    }

    public void setBcId(String bcId) {
        this.bcId = bcId;
    }

    public String getStoreId() {
        return storeId;
    }

    public void setStoreId(String storeId) {
        this.storeId = storeId;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public int getLookbackDays() {
        return lookbackDays;
    }

    public void setLookbackDays(int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    public boolean isQueryLifetime() {
        return queryLifetime;
    }

    public void setQueryLifetime(boolean queryLifetime) {
        this.queryLifetime = queryLifetime;
    }

    public String getAdvertiserFields() {
        return advertiserFields;
    }

    public void setAdvertiserFields(String advertiserFields) {
        this.advertiserFields = advertiserFields;
    }

    public boolean isSplitDateRange() {
        return splitDateRange;
    }

    public void setSplitDateRange(boolean splitDateRange) {
        this.splitDateRange = splitDateRange;
    }
}
