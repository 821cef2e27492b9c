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
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A deterministic advertising account tree and its delivery figures, computed on demand from ids and days so that
 * any size costs no memory. Figures exist per ad and day; every other level and bucket (hour, gender, age, country)
 * is derived from them, so that totals agree across data levels and breakdowns, as TikTok's do.
 */
final class SyntheticData {

    enum Level {
        ADVERTISER("advertiser_id"), CAMPAIGN("campaign_id"), ADGROUP("adgroup_id"), AD("ad_id");

        final String idDimension;

        Level(String idDimension) {
            this.idDimension = idDimension;
        }

        static Level of(String dataLevel) {
            return valueOf(dataLevel.substring(dataLevel.indexOf('_') + 1));
        }
    }

    static final long ADVERTISER_BASE = 7_000_000_000_000_000_000L;
    static final long CAMPAIGN_BASE = 1_800_000_000_000_000_000L;
    static final long ADGROUP_BASE = 1_790_000_000_000_000_000L;
    static final long AD_BASE = 1_780_000_000_000_000_000L;

    static final List<String> GENDERS = List.of("MALE", "FEMALE", "NONE");
    static final List<String> AGES = List.of("AGE_13_17", "AGE_18_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_100");
    static final List<String> COUNTRIES = List.of("US", "GB", "DE");
    /** Relative weights of the buckets, in the order of the lists above and of the 24 hours. */
    private static final int[] GENDER_WEIGHTS = { 46, 50, 4 };
    private static final int[] AGE_WEIGHTS = { 6, 31, 29, 18, 10, 6 };
    private static final int[] COUNTRY_WEIGHTS = { 60, 25, 15 };
    private static final int[] HOUR_WEIGHTS = { 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 6, 6, 5, 5, 5, 5, 6, 7, 8, 8, 6, 3 };

    /**
     * How a campaign was bought and where it was made: TikTok serves TopView campaigns apart (listings refuse them
     * combined with another buying type, reports need the buying_type filter) and Promote campaigns apart (listings
     * and synchronous reports need the campaign_system_origins filter), docs 1739315828649986, 1740302848100353,
     * 1785880454546433.
     */
    enum CampaignKind {
        AUCTION("AUCTION", "TT_ADS_PLATFORM"),
        RESERVATION_RF("RESERVATION_RF", "TT_ADS_PLATFORM"),
        TOP_VIEW("RESERVATION_TOP_VIEW", "TT_ADS_PLATFORM"),
        PROMOTE("AUCTION", "PROMOTE");

        final String buyingType;
        final String origin;

        CampaignKind(String buyingType, String origin) {
            this.buyingType = buyingType;
            this.origin = origin;
        }
    }

    /**
     * Of every seven campaigns (numbered across advertisers) the third is a Promote campaign, the fifth a TopView
     * one and the sixth a Reach &amp; Frequency one; the others are auction campaigns. The default data set's first
     * advertiser so has a Promote campaign, its second a TopView and an R&amp;F one.
     */
    CampaignKind campaignKind(long campaign) {
        if (!config.campaignMix()) {
            return CampaignKind.AUCTION;
        }
        return switch ((int) (campaign % 7)) {
            case 2 -> CampaignKind.PROMOTE;
            case 4 -> CampaignKind.TOP_VIEW;
            case 5 -> CampaignKind.RESERVATION_RF;
            default -> CampaignKind.AUCTION;
        };
    }

    /** The kind of the campaign an object belongs to (not for advertisers). */
    CampaignKind kindOf(Level level, long global) {
        return campaignKind(parent(level, global, Level.CAMPAIGN));
    }

    /** A campaign's objective, the same in the listing and in reports. */
    String objective(long campaign) {
        CampaignKind kind = campaignKind(campaign);
        if (kind == CampaignKind.TOP_VIEW || kind == CampaignKind.RESERVATION_RF) {
            return "REACH";
        }
        return campaign % 2 == 0 ? "TRAFFIC" : "WEB_CONVERSIONS";
    }

    /** The daily budget of a campaign or ad group, in cents, the same in the listing and in reports. */
    long budgetCents(Level level, long global) {
        long h = mix(global * 31 + level.ordinal());
        return level == Level.CAMPAIGN ? (50 + (h % 20) * 25) * 100 + 50 : (20 + (h % 10) * 5) * 100;
    }

    /** An ad group's billing event: CPC in traffic campaigns, oCPM in the others. */
    String billingEvent(long adgroup) {
        return "TRAFFIC".equals(objective(parent(Level.ADGROUP, adgroup, Level.CAMPAIGN))) ? "CPC" : "OCPM";
    }

    /** Counts kept per ad and day; spend in cents. */
    static final int IMPRESSIONS = 0;
    static final int CLICKS = 1;
    static final int CONVERSIONS = 2;
    static final int SPEND_CENTS = 3;
    static final int REACH = 4;
    /** Thousandths of a cent of spend beyond the whole cents ({@link SimulatorQuirks.Live#ROUNDED_MONEY}). */
    static final int SPEND_FRACTION = 5;
    static final int COUNTS = 6;

    private final SimulatorConfig config;
    /** Days TikTok restated since the simulator started: epoch day -> per mille of the original figures. */
    private final java.util.Map<Long, Integer> restated = new java.util.concurrent.ConcurrentHashMap<>();

    SyntheticData(SimulatorConfig config) {
        this.config = config;
    }

    /**
     * Restates a day, as TikTok does when late conversions or invalid-traffic refunds arrive: from now on every
     * count of every ad on that day is {@code perMille}/1000 of what it was, at every level alike.
     */
    void restate(LocalDate day, int perMille) {
        restated.put(day.toEpochDay(), perMille);
    }

    int advertiserIndex(String advertiserId) {
        try {
            long index = Long.parseLong(advertiserId) - ADVERTISER_BASE - 1;
            return index >= 0 && index < config.advertisers() && !revoked.contains((int) index) ? (int) index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Advertisers whose authorisation of the app was withdrawn (or not given yet): TikTok no longer lists them at
     * /oauth2/advertiser/get/ and answers 40001 for them. Changed at run time, as a user's Business Center is.
     */
    private final java.util.Set<Integer> revoked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void authorize(int advertiser, boolean authorized) {
        if (authorized) {
            revoked.remove(advertiser);
        } else {
            revoked.add(advertiser);
        }
    }

    boolean authorized(int advertiser) {
        return !revoked.contains(advertiser);
    }

    String advertiserId(int advertiser) {
        return Long.toString(ADVERTISER_BASE + advertiser + 1);
    }

    /** Entities of one level per advertiser. */
    long entitiesPerAdvertiser(Level level) {
        return switch (level) {
            case ADVERTISER -> 1;
            case CAMPAIGN -> config.campaignsPerAdvertiser();
            case ADGROUP -> (long) config.campaignsPerAdvertiser() * config.adgroupsPerCampaign();
            case AD -> (long) config.campaignsPerAdvertiser() * config.adgroupsPerCampaign() * config.adsPerAdgroup();
        };
    }

    /** Ads under one entity of a level. */
    long adsPerEntity(Level level) {
        return entitiesPerAdvertiser(Level.AD) / entitiesPerAdvertiser(level);
    }

    /** Global index of the {@code local}-th entity of an advertiser at a level. */
    long globalIndex(int advertiser, Level level, long local) {
        return advertiser * entitiesPerAdvertiser(level) + local;
    }

    /** The id of the entity with a global index; advertisers are numbered from 1 like their ids. */
    String id(Level level, long global) {
        return Long.toString(switch (level) {
            case ADVERTISER -> ADVERTISER_BASE + global + 1;
            case CAMPAIGN -> CAMPAIGN_BASE + global;
            case ADGROUP -> ADGROUP_BASE + global;
            case AD -> AD_BASE + global;
        });
    }

    /** The global index of an entity id at a level, or -1 when it is not one of the advertiser's. */
    long globalIndexOf(Level level, String id, int advertiser) {
        long base = switch (level) {
            case ADVERTISER -> ADVERTISER_BASE + 1;
            case CAMPAIGN -> CAMPAIGN_BASE;
            case ADGROUP -> ADGROUP_BASE;
            case AD -> AD_BASE;
        };
        try {
            long global = Long.parseLong(id) - base;
            long perAdvertiser = entitiesPerAdvertiser(level);
            return global >= advertiser * perAdvertiser && global < (advertiser + 1) * perAdvertiser ? global : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The global index, at a higher level, of the entity that contains the given one. */
    long parent(Level level, long global, Level parentLevel) {
        return global / (adsPerEntity(parentLevel) / adsPerEntity(level));
    }

    String name(Level level, long global) {
        return switch (level) {
            case ADVERTISER -> "Advertiser " + (global + 1);
            case CAMPAIGN -> "Campaign " + (global + 1);
            case ADGROUP -> "Ad group " + (global + 1);
            case AD -> "Ad " + (global + 1);
        };
    }

    /**
     * Whether an entity is deleted: it, or an object above it, is the last of every {@code deletedEvery} siblings
     * (deleting a campaign deletes its ad groups and ads, as in TikTok).
     */
    boolean deleted(Level level, long global) {
        int every = config.quirks().deletedEvery();
        if (every <= 0 || level == Level.ADVERTISER) {
            return false;
        }
        for (Level l = level; l != Level.ADVERTISER; l = Level.values()[l.ordinal() - 1]) {
            long index = parent(level, global, l);
            long siblings = switch (l) {
                case CAMPAIGN -> config.campaignsPerAdvertiser();
                case ADGROUP -> config.adgroupsPerCampaign();
                default -> config.adsPerAdgroup();
            };
            if (index % siblings % every == every - 1) {
                return true;
            }
        }
        return false;
    }

    SimulatorQuirks quirks() {
        return config.quirks();
    }

    /** The quirk of an entity listing that leaves deleted objects out whatever it is asked. */
    boolean listingGaps() {
        return config.quirks().listingGaps();
    }

    boolean hasDelivery(LocalDate day) {
        return !day.isBefore(config.firstDay()) && !day.isAfter(config.lastDay());
    }

    /**
     * Adds the day's counts of every ad under an entity, from ad {@code minAd} on, that {@code ads} keeps (null: all),
     * into {@code sums}.
     */
    void addDay(Level level, long global, LocalDate day, long[] sums, long minAd, LongPredicate ads) {
        if (!hasDelivery(day)) {
            return;
        }
        long adsPer = adsPerEntity(level);
        long firstAd = global * adsPer;
        long epochDay = day.toEpochDay();
        for (long ad = Math.max(firstAd, minAd); ad < firstAd + adsPer; ad++) {
            if (ads != null && !ads.test(ad)) {
                continue;
            }
            long h = mix(ad * 1_000_003L + epochDay);
            long impressions = 200 + (h & 0xFFF);                  // 200..4295
            long clicks = impressions * (5 + ((h >>> 12) & 31)) / 1000;  // 0.5%..3.6%
            long conversions = clicks * ((h >>> 17) & 15) / 100;   // 0..15% of clicks
            long spendCents = impressions * (200 + ((h >>> 21) & 511)) / 1000; // CPM $2..$7.11
            long reach = impressions * (70 + ((h >>> 30) & 15)) / 100;
            Integer perMille = restated.get(epochDay);
            if (perMille != null) {
                impressions = impressions * perMille / 1000;
                clicks = clicks * perMille / 1000;
                conversions = conversions * perMille / 1000;
                spendCents = spendCents * perMille / 1000;
                reach = reach * perMille / 1000;
            }
            sums[IMPRESSIONS] += impressions;
            sums[CLICKS] += clicks;
            sums[CONVERSIONS] += conversions;
            sums[SPEND_CENTS] += spendCents;
            sums[REACH] += reach;
            if (config.quirks().has(SimulatorQuirks.Live.ROUNDED_MONEY)) {
                sums[SPEND_FRACTION] += (h >>> 40) % 1000;
            }
        }
    }

    /** Narrows daily counts to one hour (0-23): the share of each count, with shares summing to the whole. */
    static void toHour(long[] counts, int hour) {
        share(counts, HOUR_WEIGHTS, hour);
    }

    static void toGender(long[] counts, int gender) {
        share(counts, GENDER_WEIGHTS, gender);
    }

    static void toAge(long[] counts, int age) {
        share(counts, AGE_WEIGHTS, age);
    }

    static void toCountry(long[] counts, int country) {
        share(counts, COUNTRY_WEIGHTS, country);
    }

    private static void share(long[] counts, int[] weights, int bucket) {
        long total = 0;
        long before = 0;
        for (int i = 0; i < weights.length; i++) {
            if (i < bucket) {
                before += weights[i];
            }
            total += weights[i];
        }
        long upTo = before + weights[bucket];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = counts[i] * upTo / total - counts[i] * before / total;
        }
    }

    /** SplitMix64's finaliser: a well-spread deterministic hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return Math.abs(z ^ (z >>> 31));
    }
}
