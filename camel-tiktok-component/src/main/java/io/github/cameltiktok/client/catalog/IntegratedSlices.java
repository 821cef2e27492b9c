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
package io.github.cameltiktok.client.catalog;

import java.util.ArrayList;
import java.util.List;

import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;

/**
 * Campaign, ad group and ad reports (BASIC, AUDIENCE) count what Ads Manager counts: TikTok's default view (Ads
 * Manager's campaigns, auction and Reach &amp; Frequency), plus TopView campaigns read with their
 * {@code buying_type} filter and Promote campaigns with their {@code campaign_system_origins} filter (report
 * tasks include Promote by default). Each object's rows are delivered once; merging the slices needs the level's
 * id among the dimensions. The advertiser level holds every ad already (doc 1740302848100353).
 */
final class IntegratedSlices {

    private IntegratedSlices() {
    }

    /**
     * The slices of a campaign, ad group or ad report of auction campaigns; empty when it is read as it is (or an
     * error was added); null for any other report, which {@link ReportKind}'s default answers.
     */
    static List<ReportSlice> of(ReportRequest request, CampaignScope scope, ReadMode mode, List<String> errors,
                                List<String> warnings) {
        String level = request.dataLevel() == null ? "" : request.dataLevel();
        boolean byCampaign = TikTokReportCatalog.SLICED_REPORT_TYPES.contains(request.reportType())
                             && level.startsWith("AUCTION_") && "AUCTION".equals(request.serviceType());
        List<String> named = request.filterFields();
        boolean buyingNamed = named.contains(ReportSlice.BUYING_TYPE_FILTER);
        boolean originsNamed = named.contains(ReportSlice.ORIGINS_FILTER);
        String id = TikTokReportCatalog.idDimension(level);
        if (!byCampaign) {
            return null;
        }
        if (id == null) {
            // an unknown data level is named by validate
            return List.of();
        }
        if (buyingNamed || originsNamed) {
            // the user's own filter decides what is counted
            if (buyingNamed && !scope.buyingTypes().equals(CampaignScope.BUYING_TYPES)
                    || originsNamed && !scope.origins().equals(CampaignScope.ORIGINS)) {
                errors.add("Invalid options buyingTypes/campaignOrigins together with a filter on "
                           + (buyingNamed ? ReportSlice.BUYING_TYPE_FILTER : ReportSlice.ORIGINS_FILTER)
                           + ": name what is counted once. Allowed values: the option, or the filter");
            }
            return List.of();
        }
        boolean advertiserLevel = "AUCTION_ADVERTISER".equals(level);
        if (advertiserLevel && scope.isAll()) {
            return List.of();
        }
        List<ReportSlice> slices = new ArrayList<>();
        if (scope.origins().contains(CampaignScope.ADS_PLATFORM)) {
            List<String> own = scope.buyingTypes().stream().filter(t -> !CampaignScope.TOP_VIEW.equals(t)).toList();
            if (own.equals(CampaignScope.LISTING_DEFAULT_BUYING_TYPES)) {
                slices.add(ReportSlice.TIKTOK_DEFAULT);
            } else if (!own.isEmpty()) {
                slices.add(ReportSlice.buyingTypes(own));
            }
            if (scope.buyingTypes().contains(CampaignScope.TOP_VIEW)) {
                slices.add(ReportSlice.TOP_VIEW);
            }
        }
        if (scope.origins().contains(CampaignScope.PROMOTE) && scope.buyingTypes().contains(CampaignScope.AUCTION)) {
            List<String> unsupported = request.dimensions().stream()
                    .filter(d -> !TikTokReportCatalog.promoteDimensions(request.reportType()).contains(d)).toList();
            if (mode == ReadMode.ASYNC) {
                if (!scope.origins().contains(CampaignScope.ADS_PLATFORM)) {
                    errors.add("Invalid option campaignOrigins=PROMOTE with mode=async: report tasks include Promote"
                               + " campaigns with the others and take no filter to read them alone. Allowed values:"
                               + " mode=auto or sync, or campaignOrigins=TT_ADS_PLATFORM,PROMOTE");
                }
                // report tasks include Promote campaigns by default (doc 1785880454546433)
            } else if (!unsupported.isEmpty()) {
                warnings.add("Promote campaigns are not counted: TikTok reports them by " + String.join(", ",
                        TikTokReportCatalog.promoteDimensions(request.reportType())) + " only (doc"
                        + " 1785880454546433), not by " + String.join(", ", unsupported));
            } else {
                slices.add(ReportSlice.PROMOTE);
            }
        }
        if (slices.isEmpty()) {
            errors.add("Invalid options buyingTypes=" + String.join(",", scope.buyingTypes()) + " and campaignOrigins="
                       + String.join(",", scope.origins()) + ": they leave no campaign to count (Promote campaigns are"
                       + " auction campaigns). Allowed values: at least AUCTION with PROMOTE, or TT_ADS_PLATFORM");
            return List.of();
        }
        if (mode == ReadMode.ASYNC && slices.get(0).filtered()) {
            errors.add("Invalid option buyingTypes=" + String.join(",", scope.buyingTypes()) + " with mode=async:"
                       + " report tasks take no buying_type filter. Allowed values: mode=auto or sync, or the"
                       + " default buyingTypes");
        }
        boolean mergeable = request.dimensions().contains(id)
                            || "ad_id".equals(id) && request.dimensions().contains("ad_id_v2");
        if (slices.size() > 1 && (advertiserLevel || !mergeable)) {
            List<String> left = slices.subList(1, slices.size()).stream().map(ReportSlice::name).toList();
            if (advertiserLevel) {
                errors.add("Invalid options buyingTypes and campaignOrigins at data level AUCTION_ADVERTISER: TikTok"
                           + " serves " + String.join(" and ", left) + " apart, and advertiser rows of several reads"
                           + " cannot be merged. Allowed values: one of " + slices.stream().map(ReportSlice::name)
                                   .toList() + ", or the defaults (the advertiser level holds every ad)");
                return List.of();
            }
            warnings.add(String.join(" and ", left) + " are not counted: TikTok serves them apart, and their rows"
                         + " are merged with the others by " + id + ", which dimensions does not name. Add " + id
                         + " to dimensions to count them");
            slices = slices.subList(0, 1);
        }
        return List.copyOf(slices);
    }
}
