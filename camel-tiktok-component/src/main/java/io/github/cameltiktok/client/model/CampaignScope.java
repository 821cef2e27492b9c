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
package io.github.cameltiktok.client.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which campaigns a report or an entity table counts ({@code buyingTypes}, {@code campaignOrigins}): by buying type
 * (auction, Reach &amp; Frequency, TopView) and by origin (Ads Manager and the API, or Promote in the TikTok app).
 * TikTok serves some of them only apart: its listings refuse TopView combined with another buying type, and its
 * synchronous reports leave TopView and Promote out unless filtered for them.
 *
 * @param buyingTypes TikTok's buying types, in {@link #BUYING_TYPES} order
 * @param origins     TikTok's campaign system origins, in {@link #ORIGINS} order
 */
public record CampaignScope(List<String> buyingTypes, List<String> origins) {

    public static final String AUCTION = "AUCTION";
    public static final String RESERVATION_RF = "RESERVATION_RF";
    public static final String TOP_VIEW = "RESERVATION_TOP_VIEW";
    public static final String ADS_PLATFORM = "TT_ADS_PLATFORM";
    public static final String PROMOTE = "PROMOTE";

    /** TikTok's buying types of /campaign/get/, /adgroup/get/ and /ad/get/ (docs 1739315828649986, 1739314558673922). */
    public static final List<String> BUYING_TYPES = List.of(AUCTION, RESERVATION_RF, TOP_VIEW);
    /** TikTok's campaign system origins (same pages; Promote: doc 1785880454546433). */
    public static final List<String> ORIGINS = List.of(ADS_PLATFORM, PROMOTE);
    /** What TikTok's listings return when not asked otherwise: {@code ["AUCTION","RESERVATION_RF"]}. */
    public static final List<String> LISTING_DEFAULT_BUYING_TYPES = List.of(AUCTION, RESERVATION_RF);
    /** What TikTok's listings and synchronous reports return when not asked otherwise: {@code ["TT_ADS_PLATFORM"]}. */
    public static final List<String> DEFAULT_ORIGINS = List.of(ADS_PLATFORM);

    /** The keys of TikTok's entity listings' filtering that name them. */
    public static final String BUYING_TYPES_FILTER_KEY = "buying_types";
    public static final String ORIGINS_FILTER_KEY = "campaign_system_origins";

    /** Every campaign: the options' defaults, as Ads Manager counts. */
    public static final CampaignScope ALL = new CampaignScope(BUYING_TYPES, ORIGINS);

    public CampaignScope {
        buyingTypes = BUYING_TYPES.stream().filter(buyingTypes::contains).toList();
        origins = ORIGINS.stream().filter(origins::contains).toList();
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean counts(String buyingTypeOrOrigin) {
        return buyingTypes.contains(buyingTypeOrOrigin) || origins.contains(buyingTypeOrOrigin);
    }

    /**
     * The {@code buying_types} values of the listings that together hold every counted object: TopView alone (TikTok
     * refuses it combined with another value), the others together.
     */
    public List<List<String>> listingBuyingTypes() {
        return apart(buyingTypes);
    }

    /** Buying types in the listings TikTok accepts: TopView alone, the others together, in that order after them. */
    public static List<List<String>> apart(List<String> buyingTypes) {
        List<List<String>> groups = new ArrayList<>();
        List<String> others = buyingTypes.stream().filter(type -> !TOP_VIEW.equals(type)).toList();
        if (!others.isEmpty()) {
            groups.add(others);
        }
        if (buyingTypes.contains(TOP_VIEW)) {
            groups.add(List.of(TOP_VIEW));
        }
        return groups;
    }
}
