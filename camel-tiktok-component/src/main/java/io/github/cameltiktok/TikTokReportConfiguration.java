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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.options.OptionFor;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import static io.github.cameltiktok.options.OptionFor.Endpoints.REPORTS;
import static io.github.cameltiktok.options.OptionFor.Endpoints.PAGED_TABLES;
import static io.github.cameltiktok.options.OptionFor.Endpoints.ADVERTISER_TABLE;

/**
 * The options of a {@code tiktok-report} endpoint; the component holds one as defaults that each endpoint copies.
 * Here what it reads, mapping one to one onto TikTok's report request parameters; whose figures and which days is
 * {@link TikTokScopeConfiguration}'s, how it reads (credentials, host, retries, pacing, read mode, the consumer's
 * options) {@link TikTokReadingConfiguration}'s.
 */
@UriParams
public class TikTokReportConfiguration extends TikTokScopeConfiguration {

    @UriPath(description = "The report preset: adgroup-summary, campaign-summary, ad-summary, advertiser-summary and"
                           + " audience set report type, data level, dimensions and metrics; gmv-max-product,"
                           + " gmv-max-live and gmv-max-account read TikTok Shop GMV Max reports (reportType=GMV_MAX);"
                           + " custom sets none of them. Options given explicitly override the preset. campaigns,"
                           + " adgroups, ads and advertisers read entity tables instead of a report (TikTok's"
                           + " /campaign/get/, /adgroup/get/, /ad/get/, /advertiser/info/).",
             enums = "adgroup-summary,campaign-summary,ad-summary,advertiser-summary,audience,gmv-max-product,"
                     + "gmv-max-live,gmv-max-account,custom,campaigns,adgroups,ads,advertisers")
    @Metadata(required = true)
    private String reportName;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's report_type. Default: from the preset (BASIC for custom). GMV_MAX reads"
                            + " TikTok's GMV Max report (/gmv_max/report/get/) instead of the integrated one.",
              enums = "BASIC,AUDIENCE,PLAYABLE_MATERIAL,CATALOG,BC,TT_SHOP,GMV_MAX")
    private String reportType;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's data_level. Default: from the preset; required for the custom preset with"
                            + " BASIC, AUDIENCE and CATALOG reports. RESERVATION_* levels need serviceType=RESERVATION.",
              enums = "AUCTION_AD,AUCTION_ADGROUP,AUCTION_CAMPAIGN,AUCTION_ADVERTISER,RESERVATION_AD,RESERVATION_ADGROUP,"
                      + "RESERVATION_CAMPAIGN,RESERVATION_ADVERTISER")
    private String dataLevel;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's service_type.", defaultValue = "AUCTION", enums = "AUCTION,RESERVATION")
    private String serviceType = "AUCTION";

    @OptionFor(REPORTS)
    @UriParam(description = "Comma-separated dimensions (no spaces), e.g. adgroup_id,stat_time_day; sent as a JSON"
                            + " array. Default: from the preset.")
    private String dimensions;

    @OptionFor(REPORTS)
    @UriParam(description = "Comma-separated metrics (no spaces), e.g. spend,impressions,clicks; sent as a JSON"
                            + " array. Default: from the preset.")
    private String metrics;

    @OptionFor({ REPORTS, PAGED_TABLES })
    @UriParam(description = "TikTok's filtering parameter: a JSON array of {field_name, filter_type, filter_value}"
                            + " objects, validated as JSON at start-up and sent as written. GMV Max reports take"
                            + " TikTok's filtering object instead, e.g. {\"campaign_ids\":[\"123\"]}; the preset's"
                            + " promotion type is added unless it names gmv_max_promotion_types. Entity tables"
                            + " (campaigns, adgroups, ads) take TikTok's filtering object of their read, e.g."
                            + " {\"campaign_ids\":[\"123\"]}, its keys and values checked at start-up.")
    private String filters;

    @OptionFor({ PAGED_TABLES, ADVERTISER_TABLE })
    @UriParam(label = "entity",
              description = "Entity tables: TikTok's fields of each object, comma-separated (no spaces). Default:"
                            + " the fields a BI table needs (ids, name, parent ids, statuses, objective and"
                            + " optimization, budget and budget mode, bid, create and modify time; see"
                            + " docs/entities.md).")
    private String fields;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's order_field: one of the requested metrics, not an attribute metric (names,"
                            + " budgets, types). No sorting when absent. GMV Max reports send it as sort_field.")
    private String orderField;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's order_type (sort_type for GMV Max), sent with orderField. Default DESC when"
                            + " orderField is set.",
              enums = "ASC,DESC")
    private String orderType;

    @OptionFor(REPORTS)
    @UriParam(description = "TikTok's enable_total_metrics: totals come in the CamelTikTokReportTotalMetrics header.",
              defaultValue = "false")
    private boolean enableTotalMetrics;

    @OptionFor({ REPORTS, PAGED_TABLES })
    @UriParam(defaultValue = "true",
              description = "Include deleted campaigns, ad groups and ads, as Ads Manager's totals do: campaign, ad"
                            + " group and ad reports (BASIC, AUDIENCE) add TikTok's campaign_status, adgroup_status or"
                            + " ad_status filter with the value STATUS_ALL, unless filters names that field. False"
                            + " keeps TikTok's default, which leaves deleted objects out. Report tasks (mode=async)"
                            + " take no such filter. Entity tables (campaigns, adgroups, ads) list deleted objects"
                            + " too, with their status, unless filters names primary_status or secondary_status.")
    private boolean includeDeleted = true;

    @OptionFor({ REPORTS, PAGED_TABLES })
    @UriParam(defaultValue = "AUCTION,RESERVATION_RF,RESERVATION_TOP_VIEW",
              enums = "AUCTION,RESERVATION_RF,RESERVATION_TOP_VIEW",
              description = "Which buying types a campaign, ad group or ad report (BASIC, AUDIENCE) and an entity table"
                            + " count, comma-separated: auction, Reach & Frequency and TopView campaigns, as Ads"
                            + " Manager does. TikTok serves TopView only apart (its listings refuse it combined with"
                            + " another buying type; its reports leave it out unless filtered by buying_type), so the"
                            + " component reads it apart and delivers each object's rows once. Narrow the list to"
                            + " leave some out.")
    private String buyingTypes = "AUCTION,RESERVATION_RF,RESERVATION_TOP_VIEW";

    @OptionFor({ REPORTS, PAGED_TABLES })
    @UriParam(defaultValue = "TT_ADS_PLATFORM,PROMOTE", enums = "TT_ADS_PLATFORM,PROMOTE",
              description = "Which campaign origins a campaign, ad group or ad report (BASIC, AUDIENCE) and an entity"
                            + " table count, comma-separated: TT_ADS_PLATFORM (Ads Manager and the API) and PROMOTE"
                            + " (Promote campaigns of the TikTok app), as Ads Manager does. TikTok's synchronous"
                            + " reports and listings leave Promote out unless filtered for it, so the component reads"
                            + " it apart (report tasks include it) and delivers each object's rows once.")
    private String campaignOrigins = "TT_ADS_PLATFORM,PROMOTE";

    @OptionFor(REPORTS)
    @UriParam(defaultValue = "warn", enums = "off,warn,fail",
              description = "Compare each delivered window of a campaign, ad group or ad report (BASIC, deleted"
                            + " objects included, no narrowing filter) with TikTok's own advertiser-level total of the"
                            + " same days, per day, for the additive metrics requested (one request per advertiser"
                            + " and window): warn logs a mismatch and sets the headers CamelTikTokReportReconciled"
                            + " and CamelTikTokReportReconciliation; fail also fails the window when a closed day"
                            + " differs (the consumer reads it again); off sends no check.")
    private String reconcile = "warn";

    @OptionFor(REPORTS)
    @UriParam(defaultValue = "36",
              description = "Hours after a day ends, in the advertiser's time zone, from which reconcile judges it:"
                            + " TikTok refreshes an open day about every 30 minutes (over 2 hours at worst), runs a"
                            + " daily data fix (08:00 or 12:00 UTC, at most 26 hours after any zone's midnight) and"
                            + " lags breakdowns up to 16 hours (its data latency page). Days not yet settled are"
                            + " compared and listed (header CamelTikTokReportReconciliationOpenDays) but never make"
                            + " CamelTikTokReportReconciled false, never warn and never fail. 0 judges every day.")
    private int reconcileSettleHours = 36;

    @OptionFor({ REPORTS, PAGED_TABLES })
    @UriParam(description = "TikTok's page_size, 1 to 1000, of reports and entity tables. Every page is fetched.",
              defaultValue = "1000")
    private int pageSize = TikTokReportCatalog.MAX_PAGE_SIZE;

    @UriParam(label = "advanced", prefix = "param.", multiValue = true,
              description = "Extra request parameters passed through unchanged, e.g. param.query_mode=REGULAR or"
                            + " param.multi_adv_report_in_utc_time=true. Parameters that have an option of their own"
                            + " are rejected.")
    private Map<String, Object> parameters = new LinkedHashMap<>();

    @UriParam(label = "advanced", defaultValue = "true", enums = "true,strict,false",
              description = "How dimensions, metrics and fields are checked at start-up against the component's"
                            + " catalog (its lists per report type and TikTok's own lists, docs/fields.md). true: known"
                            + " names are checked per report type and level, a near miss of a known name is refused"
                            + " with the nearest names, and any other name is sent with one warning (TikTok decides)."
                            + " strict: every name the catalog does not know for the report is refused. false:"
                            + " nothing is refused; unknown names are sent with a warning.")
    private String validateFields = "true";

    /** A copy for an endpoint: the component's defaults stay untouched. */
    public TikTokReportConfiguration copy() {
        try {
            TikTokReportConfiguration copy = (TikTokReportConfiguration) clone();
            copy.parameters = new LinkedHashMap<>(parameters);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getReportName() {
        return reportName;
    }

    public void setReportName(String reportName) {
        this.reportName = reportName;
    }

    public String getReportType() {
        return reportType;
    }

    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public String getDataLevel() {
        return dataLevel;
    }

    public void setDataLevel(String dataLevel) {
        this.dataLevel = dataLevel;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public String getMetrics() {
        return metrics;
    }

    public void setMetrics(String metrics) {
        this.metrics = metrics;
    }

    public String getFilters() {
        return filters;
    }

    public void setFilters(String filters) {
        this.filters = filters;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public String getOrderField() {
        return orderField;
    }

    public void setOrderField(String orderField) {
        this.orderField = orderField;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public boolean isEnableTotalMetrics() {
        return enableTotalMetrics;
    }

    public void setEnableTotalMetrics(boolean enableTotalMetrics) {
        this.enableTotalMetrics = enableTotalMetrics;
    }

    public String getBuyingTypes() {
        return buyingTypes;
    }

    public void setBuyingTypes(String buyingTypes) {
        this.buyingTypes = buyingTypes;
    }

    public String getCampaignOrigins() {
        return campaignOrigins;
    }

    public void setCampaignOrigins(String campaignOrigins) {
        this.campaignOrigins = campaignOrigins;
    }

    public boolean isIncludeDeleted() {
        return includeDeleted;
    }

    public void setIncludeDeleted(boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
    }

    public String getReconcile() {
        return reconcile;
    }

    public void setReconcile(String reconcile) {
        this.reconcile = reconcile;
    }

    public int getReconcileSettleHours() {
        return reconcileSettleHours;
    }

    public void setReconcileSettleHours(int reconcileSettleHours) {
        this.reconcileSettleHours = reconcileSettleHours;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public String getValidateFields() {
        return validateFields;
    }

    public void setValidateFields(String validateFields) {
        this.validateFields = validateFields;
    }
}
