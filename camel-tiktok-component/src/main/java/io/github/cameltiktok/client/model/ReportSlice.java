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

import java.util.List;

/**
 * One of the reads a campaign, ad group or ad report is made of, because TikTok serves some campaigns' rows only
 * apart: its synchronous reports leave Promote campaigns out unless filtered for them
 * ({@code campaign_system_origins}, doc 1785880454546433) and TopView ones unless filtered for them
 * ({@code buying_type}, doc 1740302848100353).
 *
 * @param name         what it holds, in log lines
 * @param filterField  the report filter it adds ({@code buying_type}, {@code campaign_system_origins}), or null for
 *                     TikTok's default view
 * @param filterValues the filter's values ({@code IN}); empty without a filter
 * @param listing      its objects in TikTok's entity listings: a report of it is split by their ids
 */
public record ReportSlice(String name, String filterField, List<String> filterValues, CampaignScope listing) {

    public static final String BUYING_TYPE_FILTER = "buying_type";
    public static final String ORIGINS_FILTER = "campaign_system_origins";

    /** What a report without these filters holds: campaigns of Ads Manager and the API, auction and R&amp;F. */
    public static final ReportSlice TIKTOK_DEFAULT = new ReportSlice("campaigns of Ads Manager", null, List.of(),
            new CampaignScope(CampaignScope.LISTING_DEFAULT_BUYING_TYPES, CampaignScope.DEFAULT_ORIGINS));
    public static final ReportSlice TOP_VIEW = new ReportSlice("TopView campaigns", BUYING_TYPE_FILTER,
            List.of(CampaignScope.TOP_VIEW),
            new CampaignScope(List.of(CampaignScope.TOP_VIEW), CampaignScope.DEFAULT_ORIGINS));
    public static final ReportSlice PROMOTE = new ReportSlice("Promote campaigns", ORIGINS_FILTER,
            List.of(CampaignScope.PROMOTE),
            new CampaignScope(CampaignScope.LISTING_DEFAULT_BUYING_TYPES, List.of(CampaignScope.PROMOTE)));

    public ReportSlice {
        filterValues = List.copyOf(filterValues);
    }

    /** TikTok's default view narrowed to some of its buying types (auction, R&amp;F). */
    public static ReportSlice buyingTypes(List<String> buyingTypes) {
        return new ReportSlice(String.join(" and ", buyingTypes) + " campaigns", BUYING_TYPE_FILTER, buyingTypes,
                new CampaignScope(buyingTypes, CampaignScope.DEFAULT_ORIGINS));
    }

    /** Whether the slice adds a filter (report tasks cannot take one). */
    public boolean filtered() {
        return filterField != null;
    }
}
