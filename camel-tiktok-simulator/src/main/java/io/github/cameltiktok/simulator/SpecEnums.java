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

import java.util.List;
import java.util.Map;

/**
 * The enumerations of TikTok's API spec that the simulator enforces, each as TikTok's spec file lists it (the
 * {@code yml_files/*.yml} of TikTok's SDK; the entity listings' status enums are the strict packages the Smart+
 * listing files spell out). A value outside them is answered with TikTok's 40002. The component's tests check
 * every list against the project's extraction of the spec ({@code tiktok-sdk-enums.tsv}).
 */
public final class SpecEnums {

    static final List<String> REPORT_TYPES = List.of("AUDIENCE", "BASIC", "BC", "CATALOG", "PLAYABLE_MATERIAL",
            "TT_SHOP");
    static final List<String> TASK_REPORT_TYPES = List.of("AUDIENCE", "BASIC", "CATALOG");
    static final List<String> SERVICE_TYPES = List.of("AUCTION", "RESERVATION");
    static final List<String> DATA_LEVELS = List.of("AUCTION_AD", "AUCTION_ADGROUP", "AUCTION_ADVERTISER",
            "AUCTION_CAMPAIGN", "RESERVATION_AD", "RESERVATION_ADGROUP", "RESERVATION_ADVERTISER",
            "RESERVATION_CAMPAIGN");
    static final List<String> ORDER_TYPES = List.of("ASC", "DESC");
    /** The strict ReportFilterType. */
    static final List<String> FILTER_TYPES = List.of("BETWEEN", "GREATER_EQUAL", "GREATER_THAN", "IN", "LOWER_EQUAL",
            "LOWER_THAN", "MATCH", "RANGE");
    static final List<String> QUERY_MODES = List.of("REGULAR", "CHUNK");
    static final List<String> GMV_MAX_CAMPAIGN_STATUSES = List.of("STATUS_DELETE", "STATUS_DELIVERY_OK",
            "STATUS_DISABLE", "STATUS_NOT_DELIVERY");
    static final List<String> GMV_MAX_PROMOTION_TYPES = List.of("PRODUCT", "LIVE");
    static final List<String> GMV_MAX_SORT_TYPES = List.of("ASC", "DESC");

    /** CampaignPrimaryStatus, AdgPrimaryStatus and PrimaryStatus. */
    static final List<String> CAMPAIGN_PRIMARY_STATUSES = List.of("STATUS_ALL", "STATUS_DELETE", "STATUS_DELIVERY_OK",
            "STATUS_DISABLE", "STATUS_NOT_DELETE", "STATUS_NOT_DELIVERY");
    static final List<String> ADGROUP_PRIMARY_STATUSES = List.of("STATUS_ALL", "STATUS_DELETE", "STATUS_DELIVERY_OK",
            "STATUS_DISABLE", "STATUS_FROZEN", "STATUS_NOT_DELETE", "STATUS_NOT_DELIVERY", "STATUS_RF_CLOSED",
            "STATUS_TIME_DONE");
    static final List<String> AD_PRIMARY_STATUSES = List.of("STATUS_ALL", "STATUS_CLOSED", "STATUS_DELETE",
            "STATUS_DELIVERY_OK", "STATUS_DISABLE", "STATUS_FROZEN", "STATUS_NOT_DELETE", "STATUS_NOT_DELIVERY",
            "STATUS_RF_CLOSED", "STATUS_TIME_DONE");

    /** CampaignSecondaryStatus. */
    static final List<String> CAMPAIGN_SECONDARY_STATUSES = List.of("ADVERTISER_ACCOUNT_PUNISH",
            "ADVERTISER_CONTRACT_PENDING", "CAMPAIGN_STATUS_ADVERTISER_AUDIT", "CAMPAIGN_STATUS_ADVERTISER_AUDIT_DENY",
            "CAMPAIGN_STATUS_AD_UNAVAILABLE", "CAMPAIGN_STATUS_ALL", "CAMPAIGN_STATUS_AWAITING_RELEASE",
            "CAMPAIGN_STATUS_BUDGET_EXCEED", "CAMPAIGN_STATUS_DELETE", "CAMPAIGN_STATUS_DISABLE",
            "CAMPAIGN_STATUS_ENABLE", "CAMPAIGN_STATUS_IDENTITY_USED_BY_GMV_MAX_AD",
            "CAMPAIGN_STATUS_IDENTITY_USED_BY_LIVE_GMV_MAX", "CAMPAIGN_STATUS_LIVE_GMV_MAX_AUTHORIZATION_CANCEL",
            "CAMPAIGN_STATUS_NOT_DELETE", "CAMPAIGN_STATUS_PRODUCT_GMV_MAX_AUTHORIZATION_CANCEL",
            "CAMPAIGN_STATUS_PRODUCT_UNAVAILABLE", "CAMPAIGN_STATUS_PRODUCT_USED_BY_PRODUCT_GMV_MAX",
            "CAMPAIGN_STATUS_REVIEW_DISAPPROVED", "CAMPAIGN_STATUS_TIKTOK_SHOP_UNAVAILABLE",
            "CAMPAIGN_STATUS_TTS_TT_ASSET_UNAVAILABLE", "CAMPAIGN_STATUS_TTS_TT_IDENTITY_UNAVAILABLE", "STATUS_DELETE",
            "STATUS_DELIVERY_OK", "STATUS_DISABLE", "STATUS_NOT_DELIVERY");
    /** AdgroupSecondaryStatus. */
    static final List<String> ADGROUP_SECONDARY_STATUSES = List.of("ADGROUP_STATUS_ADVERTISER_AUDIT",
            "ADGROUP_STATUS_ADVERTISER_AUDIT_DENY", "ADGROUP_STATUS_ALL", "ADGROUP_STATUS_AUDIT",
            "ADGROUP_STATUS_AUDIT_DENY", "ADGROUP_STATUS_BALANCE_EXCEED", "ADGROUP_STATUS_BUDGET_EXCEED",
            "ADGROUP_STATUS_CAMPAIGN_DELETE", "ADGROUP_STATUS_CAMPAIGN_DISABLE", "ADGROUP_STATUS_CAMPAIGN_EXCEED",
            "ADGROUP_STATUS_CREATE", "ADGROUP_STATUS_DELETE", "ADGROUP_STATUS_DELIVERY_OK", "ADGROUP_STATUS_DISABLE",
            "ADGROUP_STATUS_FROZEN", "ADGROUP_STATUS_IDENTITY_USED_BY_GMV_MAX_AD",
            "ADGROUP_STATUS_INDUSTRY_QUALIFICATION_DENY", "ADGROUP_STATUS_INDUSTRY_QUALIFICATION_EXPIRED",
            "ADGROUP_STATUS_INDUSTRY_QUALIFICATION_MISSING", "ADGROUP_STATUS_LIVE_NOT_START",
            "ADGROUP_STATUS_NOT_DELETE", "ADGROUP_STATUS_NOT_START", "ADGROUP_STATUS_PARTIAL_AUDIT_DELIVERY_OK",
            "ADGROUP_STATUS_PARTIAL_AUDIT_NO_DELIVERY", "ADGROUP_STATUS_PIXEL_UNBIND",
            "ADGROUP_STATUS_PROMOTE_AD_NOT_APPROVED", "ADGROUP_STATUS_PROMOTE_WITHDRAW_ORDER",
            "ADGROUP_STATUS_REAUDIT", "ADGROUP_STATUS_RF_ADGROUP_INVALID", "ADGROUP_STATUS_RF_AD_AUDIT_DENY",
            "ADGROUP_STATUS_RF_BOOKING", "ADGROUP_STATUS_RF_CLOSED_OTHERS", "ADGROUP_STATUS_RF_DEDUCTION_FAILED",
            "ADGROUP_STATUS_RF_NO_DELIVERY_CREATIVE", "ADGROUP_STATUS_RF_NO_VALID_CREATIVE",
            "ADGROUP_STATUS_RF_SCHEDULE", "ADGROUP_STATUS_RF_SHORT_BALANCE", "ADGROUP_STATUS_RF_TERMINATE",
            "ADGROUP_STATUS_RF_TIME_DONE", "ADGROUP_STATUS_RF_WITHDRAW_ORDER",
            "ADGROUP_STATUS_SEARCH_KEYWORDS_IN_REVIEW", "ADGROUP_STATUS_SEARCH_KEYWORDS_NOT_AVAILABLE",
            "ADGROUP_STATUS_SEARCH_KEYWORDS_PARTIAL_APPROVED", "ADGROUP_STATUS_SHADOW_ADGROUP_REAUDIT",
            "ADGROUP_STATUS_TIME_DONE", "ADVERTISER_ACCOUNT_INVALID", "ADVERTISER_ACCOUNT_PUNISH",
            "ADVERTISER_CONTRACT_PENDING", "STATUS_DELETE", "STATUS_DELIVERY_OK", "STATUS_DISABLE", "STATUS_FROZEN",
            "STATUS_NOT_DELIVERY", "STATUS_RF_CLOSED", "STATUS_TIME_DONE");
    /** The ad listing's secondary statuses. */
    static final List<String> AD_SECONDARY_STATUSES = List.of("ADGROUP_STATUS_FROZEN", "ADVERTISER_ACCOUNT_PUNISH",
            "ADVERTISER_CONTRACT_PENDING", "AD_STATUS_ADGROUP_ASSET_AUTHORIZATION_LOST", "AD_STATUS_ADGROUP_AUDIT_DENY",
            "AD_STATUS_ADGROUP_DELETE", "AD_STATUS_ADGROUP_DISABLE", "AD_STATUS_ADGROUP_INDUSTRY_QUALIFICATION_DENY",
            "AD_STATUS_ADGROUP_INDUSTRY_QUALIFICATION_EXPIRED", "AD_STATUS_ADGROUP_INDUSTRY_QUALIFICATION_MISSING",
            "AD_STATUS_ADGROUP_PARTIAL_AUDIT_NO_DELIVERY", "AD_STATUS_ADVERTISER_AUDIT",
            "AD_STATUS_ADVERTISER_AUDIT_DENY", "AD_STATUS_ALL", "AD_STATUS_ANCHOR_UNAVAILABLE",
            "AD_STATUS_ASSET_AUTHORIZATION_LOST", "AD_STATUS_AUDIT", "AD_STATUS_AUDIT_DENY", "AD_STATUS_BAD",
            "AD_STATUS_BALANCE_EXCEED", "AD_STATUS_BUDGET_EXCEED", "AD_STATUS_CAMPAIGN_DELETE",
            "AD_STATUS_CAMPAIGN_DISABLE", "AD_STATUS_CAMPAIGN_EXCEED", "AD_STATUS_COLLECTION_TOGGLED_OFF",
            "AD_STATUS_DELETE", "AD_STATUS_DELIVERY_AND_REAUDIT", "AD_STATUS_DELIVERY_AND_TRANSCODING_FAIL",
            "AD_STATUS_DELIVERY_OK", "AD_STATUS_DISABLE", "AD_STATUS_DONE", "AD_STATUS_EXPLORING", "AD_STATUS_GOOD",
            "AD_STATUS_LIVE_OFFLINE", "AD_STATUS_MUSIC_AUTHORIZATION_MISSING", "AD_STATUS_NOT_DELETE",
            "AD_STATUS_NOT_START", "AD_STATUS_OK", "AD_STATUS_PARTIAL_AUDIT_DELIVERY_OK", "AD_STATUS_PIXEL_UNBIND",
            "AD_STATUS_PRIVACY_POLICY_AUDIT", "AD_STATUS_PRIVACY_POLICY_REJECTED", "AD_STATUS_PROCESS_AUDIO",
            "AD_STATUS_PRODUCT_UNAVAILABLE", "AD_STATUS_PROMOTE_ADGROUP_CLOSED", "AD_STATUS_PROMOTE_AD_OFFLINE_AUDIT",
            "AD_STATUS_REAUDIT", "AD_STATUS_REVIEW_PARTIALLY_APPROVED", "AD_STATUS_SHOWCASE_AUTHORIZATION_LOST",
            "AD_STATUS_UNEXPLORED");

    /** Every list above, keyed as the spec extraction names it: "file#parameter". */
    private static final Map<String, List<String>> BY_SPEC_PARAMETER = Map.ofEntries(
            Map.entry("report_integrated_get.yml#report_type", REPORT_TYPES),
            Map.entry("report_integrated_get.yml#service_type", SERVICE_TYPES),
            Map.entry("report_integrated_get.yml#data_level", DATA_LEVELS),
            Map.entry("report_integrated_get.yml#order_type", ORDER_TYPES),
            Map.entry("report_integrated_get.yml#filtering.filter_type", FILTER_TYPES),
            Map.entry("report_integrated_get.yml#query_mode", QUERY_MODES),
            Map.entry("report_task_create.yml#/report/task/create/.report_type", TASK_REPORT_TYPES),
            Map.entry("report_task_create.yml#/report/task/create/.service_type", SERVICE_TYPES),
            Map.entry("report_task_create.yml#/report/task/create/.data_level", DATA_LEVELS),
            Map.entry("report_task_create.yml#/report/task/create/.filtering.filter_type", FILTER_TYPES),
            Map.entry("gmv_max_report_get.yml#filtering.campaign_statuses", GMV_MAX_CAMPAIGN_STATUSES),
            Map.entry("gmv_max_report_get.yml#filtering.gmv_max_promotion_types", GMV_MAX_PROMOTION_TYPES),
            Map.entry("gmv_max_report_get.yml#sort_type", GMV_MAX_SORT_TYPES),
            Map.entry("smart_plus_campaign_get.yml#filtering.primary_status", CAMPAIGN_PRIMARY_STATUSES),
            Map.entry("smart_plus_adgroup_get.yml#filtering.primary_status", ADGROUP_PRIMARY_STATUSES),
            Map.entry("smart_plus_ad_get.yml#filtering.primary_status", AD_PRIMARY_STATUSES),
            Map.entry("smart_plus_campaign_get.yml#filtering.secondary_status", CAMPAIGN_SECONDARY_STATUSES),
            Map.entry("smart_plus_adgroup_get.yml#filtering.secondary_status", ADGROUP_SECONDARY_STATUSES),
            Map.entry("smart_plus_ad_get.yml#filtering.secondary_status", AD_SECONDARY_STATUSES));

    private SpecEnums() {
    }

    /** The lists the simulator enforces, keyed "spec file#parameter". */
    public static Map<String, List<String>> bySpecParameter() {
        return BY_SPEC_PARAMETER;
    }

    static List<String> primaryStatuses(SyntheticData.Level level) {
        return switch (level) {
            case CAMPAIGN -> CAMPAIGN_PRIMARY_STATUSES;
            case ADGROUP -> ADGROUP_PRIMARY_STATUSES;
            default -> AD_PRIMARY_STATUSES;
        };
    }

    static List<String> secondaryStatuses(SyntheticData.Level level) {
        return switch (level) {
            case CAMPAIGN -> CAMPAIGN_SECONDARY_STATUSES;
            case ADGROUP -> ADGROUP_SECONDARY_STATUSES;
            default -> AD_SECONDARY_STATUSES;
        };
    }
}
