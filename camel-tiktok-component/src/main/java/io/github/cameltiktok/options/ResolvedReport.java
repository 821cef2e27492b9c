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
package io.github.cameltiktok.options;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportConfiguration;
import io.github.cameltiktok.client.account.AdvertiserInfo;
import io.github.cameltiktok.client.catalog.FieldCheck;
import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.TikTokIds;
import io.github.cameltiktok.client.read.AdvertiserBatches;
import io.github.cameltiktok.client.read.Reconciler;
import io.github.cameltiktok.client.read.WindowRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's options resolved once, at start-up, into what the reader needs: the preset applied, every option
 * checked, nothing left to parse per request. Immutable.
 *
 * @param windows          which days it reads: startDate, endDate, lookbackDays, or its lifetime
 * @param advertiserFields fields of the advertiser's account added to each row ({@code currency}, {@code timezone})
 * @param storeIds         the GMV Max stores given by {@code storeId}, or null for those TikTok lists
 * @param reconcile        whether and how each window is compared with TikTok's advertiser total
 */
public record ResolvedReport(String reportName, ReportKind kind, ReportRequest request, ReadMode mode,
        List<String> advertiserIds, WindowRule windows, List<String> advertiserFields, List<String> storeIds,
        Reconciler.Mode reconcile) {

    private static final Logger LOG = LoggerFactory.getLogger(ResolvedReport.class);

    public ResolvedReport {
        advertiserIds = List.copyOf(advertiserIds);
        advertiserFields = List.copyOf(advertiserFields);
        storeIds = storeIds == null ? null : List.copyOf(storeIds);
    }

    /**
     * Checks every option before any request; a bad endpoint fails the route start with all its problems at once.
     *
     * @throws IllegalArgumentException naming each bad option, its value and what is allowed
     */
    public static ResolvedReport resolve(TikTokReportConfiguration c, ObjectMapper mapper,
                                         List<String> componentErrors) {
        List<String> errors = new ArrayList<>(componentErrors);
        ReportPresets.Preset preset = ReportPresets.PRESETS.get(c.getReportName());
        if (preset == null) {
            errors.add("Invalid value '" + c.getReportName() + "' for the report name (tiktok-report:reportName)."
                       + " Allowed values: " + String.join(", ", ReportPresets.names()) + "; entity tables: "
                       + String.join(", ", EntityKind.presets()));
            preset = ReportPresets.PRESETS.get("custom");
        }
        String reportType = c.getReportType() != null ? c.getReportType() : preset.reportType();
        ReportKind kind = ReportKinds.of(reportType);
        ReadMode mode = mode(c.getMode(), errors);
        Reconciler.Mode reconcile = reconcile(c.getReconcile(), errors);
        ReportKind.Options options = new ReportKind.Options(reportType, c.getDataLevel(), c.getServiceType(), mode,
                c.isQueryLifetime(), c.getParameters().keySet(), c.getAdvertiserId(), c.getBcId(), c.getStoreId(),
                c.getAdvertiserFields() != null && !c.getAdvertiserFields().isBlank(), c.discoversAdvertisers());
        List<String> advertiserIds = kind.ids(options, errors);
        if (!List.of("skip", "fail").contains(String.valueOf(c.getOnForbiddenAdvertiser()))) {
            errors.add("Invalid value '" + c.getOnForbiddenAdvertiser() + "' for option onForbiddenAdvertiser. Allowed"
                       + " values: skip, fail");
        }
        kind.checkOptions(options, errors);
        checkConnection(c, errors);
        List<String> storeIds = kind.readsStores() && c.getStoreId() != null
                ? TikTokIds.parse(c.getStoreId(), "option storeId", "store", errors) : null;
        between(errors, "lookbackDays", c.getLookbackDays(), 1, MAX_LOOKBACK_DAYS, "days");
        between(errors, "advertiserBatchSize", c.getAdvertiserBatchSize(), 1, AdvertiserBatches.MAX_SIZE,
                "advertisers a request (TikTok's advertiser_ids takes at most " + AdvertiserBatches.MAX_SIZE + ")");
        between(errors, "concurrency", c.getConcurrency(), 0, MAX_CONCURRENCY,
                "date chunks read at once (0: as many as the rate and TikTok's latency keep busy)");
        between(errors, "reconcileSettleHours", c.getReconcileSettleHours(), 0, MAX_SETTLE_HOURS,
                "hours after a day's end");
        atLeast(errors, "pollTimeout", c.getPollTimeout(), 0);
        atLeast(errors, "progressInterval", c.getProgressInterval(), 0);
        atLeast(errors, "asyncPollInterval", c.getAsyncPollInterval(), 1);
        atLeast(errors, "asyncTimeout", c.getAsyncTimeout(), 1);
        LocalDate start = parseDate(c.getStartDate(), "option startDate", errors);
        LocalDate end = parseDate(c.getEndDate(), "option endDate", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("Invalid value '" + c.getEndDate() + "' for option endDate: before startDate "
                       + c.getStartDate() + ". Allowed values: a day on or after startDate");
        }
        LocalDate latest = latestDay();
        for (LocalDate day : new LocalDate[] { start, end }) {
            if (day != null && day.isAfter(latest)) {
                errors.add("Invalid value '" + day + "' for option " + (day == start ? "startDate" : "endDate")
                           + ": TikTok has no figures for a day after tomorrow in any time zone. Allowed values: a day"
                           + " up to " + latest);
            }
        }
        if (c.isQueryLifetime() && (start != null || end != null)) {
            errors.add("Invalid option queryLifetime=true with startDate/endDate: a lifetime report has no dates."
                       + " Allowed values: queryLifetime=false, or no startDate and endDate");
        }
        if (c.getOrderType() != null && c.getOrderField() == null) {
            errors.add("Option orderType=" + c.getOrderType() + " needs orderField: name the metric to sort by");
        }

        List<String> advertiserFields = new ArrayList<>();
        if (c.getAdvertiserFields() != null && !c.getAdvertiserFields().isBlank()) {
            for (String field : c.getAdvertiserFields().split(",")) {
                String name = field.trim();
                if (!AdvertiserInfo.ROW_FIELDS.contains(name)) {
                    errors.add("Invalid value '" + field + "' for option advertiserFields. Allowed values: "
                               + String.join(", ", AdvertiserInfo.ROW_FIELDS));
                } else if (!advertiserFields.contains(name)) {
                    advertiserFields.add(name);
                }
            }
        }

        Map<String, String> extra = new LinkedHashMap<>();
        c.getParameters().forEach((k, v) -> extra.put(k, v == null ? "" : v.toString()));
        List<String> dimensions = c.getDimensions() != null ? split(c.getDimensions()) : preset.dimensions();
        String filters = c.getFilters() == null || c.getFilters().isBlank() ? null : c.getFilters().trim();
        ReportRequest request = ReportRequest.builder()
                .serviceType(c.getServiceType())
                .reportType(reportType)
                .dataLevel(c.getDataLevel() != null ? c.getDataLevel() : preset.dataLevel())
                .dimensions(dimensions)
                .metrics(c.getMetrics() != null ? split(c.getMetrics()) : preset.metrics())
                .filtering(kind.filtering(mapper, filters, preset.filters(), c.isIncludeDeleted(), dimensions))
                .orderField(c.getOrderField())
                .orderType(c.getOrderField() == null ? null : (c.getOrderType() != null ? c.getOrderType() : "DESC"))
                .queryLifetime(c.isQueryLifetime())
                .enableTotalMetrics(c.isEnableTotalMetrics())
                .extraParameters(extra)
                .pageSize(c.getPageSize())
                .build();
        if (c.isIncludeDeleted()) {
            request = kind.withDeletedObjects(request, mode, mapper,
                    warning -> LOG.warn("tiktok-report:{}: {}", c.getReportName(), warning));
        }

        List<String> warnings = new ArrayList<>();
        CampaignScope scope = campaignScope(c, errors);
        request = request.toBuilder().slices(kind.slices(request, scope, mode == null ? ReadMode.AUTO : mode, mapper,
                errors, warnings)).build();
        DateWindow fixedWindow = errors.isEmpty() && start != null && end != null ? new DateWindow(start, end) : null;
        kind.validate(request, new ReportKind.Validation(mapper, mode == null ? ReadMode.AUTO : mode, fixedWindow,
                fieldCheck(c, errors), c.isSplitDateRange()), errors, warnings);
        String notBatched = AdvertiserBatches.notBatched(request, mode == null ? ReadMode.AUTO : mode);
        if (c.getAdvertiserBatchSize() > 1 && notBatched != null) {
            warnings.add("advertiserBatchSize=" + c.getAdvertiserBatchSize() + " has no effect: " + notBatched);
        }
        warnings.forEach(w -> LOG.warn("tiktok-report:{}: {}", c.getReportName(), w));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid tiktok-report:" + c.getReportName() + " endpoint: "
                                               + String.join("; ", errors));
        }
        return new ResolvedReport(c.getReportName(), kind, request, mode, advertiserIds,
                new WindowRule(start, end, c.getLookbackDays(), request.queryLifetime()), advertiserFields, storeIds,
                reconcile);
    }

    /** The check validateFields names; an unknown value is an error naming the allowed ones. */
    static FieldCheck fieldCheck(TikTokReportConfiguration c, List<String> errors) {
        FieldCheck check = FieldCheck.of(c.getValidateFields());
        if (check == null) {
            errors.add("Invalid value '" + c.getValidateFields() + "' for option validateFields. Allowed values: "
                       + FieldCheck.allowed());
            return FieldCheck.NEW_NAMES_SENT;
        }
        return check;
    }

    /** The campaigns counted ({@code buyingTypes}, {@code campaignOrigins}): each a non-empty list of TikTok's values. */
    static CampaignScope campaignScope(TikTokReportConfiguration c, List<String> errors) {
        return new CampaignScope(listOption("buyingTypes", c.getBuyingTypes(), CampaignScope.BUYING_TYPES, errors),
                listOption("campaignOrigins", c.getCampaignOrigins(), CampaignScope.ORIGINS, errors));
    }

    /**
     * buyingTypes and campaignOrigins narrow what is counted; a filter of the same field does too: one of them.
     *
     * @param prefix how the filters name a field in a message ({@code "filters."} or {@code "filters field_name "})
     */
    static void scopeNotNamedTwice(CampaignScope scope, boolean buyingNamed, boolean originsNamed, String prefix,
                                   List<String> errors) {
        if (buyingNamed && !scope.buyingTypes().equals(CampaignScope.BUYING_TYPES)) {
            errors.add("Invalid options buyingTypes and " + prefix + "buying_type(s) together: name the buying types"
                       + " counted once. Allowed values: buyingTypes=" + String.join(",", scope.buyingTypes())
                       + " without the filter");
        }
        if (originsNamed && !scope.origins().equals(CampaignScope.ORIGINS)) {
            errors.add("Invalid options campaignOrigins and " + prefix + "campaign_system_origins together: name the"
                       + " origins counted once. Allowed values: campaignOrigins=" + String.join(",", scope.origins())
                       + " without the filter");
        }
    }

    private static List<String> listOption(String option, String value, List<String> allowed, List<String> errors) {
        List<String> values = new ArrayList<>();
        for (String name : value == null ? new String[0] : value.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!allowed.contains(trimmed)) {
                errors.add("Invalid value '" + trimmed + "' for option " + option + ". Allowed values: "
                           + String.join(", ", allowed));
            } else if (!values.contains(trimmed)) {
                values.add(trimmed);
            }
        }
        if (values.isEmpty() && errors.stream().noneMatch(e -> e.contains("for option " + option + "."))) {
            errors.add("Missing value for option " + option + ": name at least one. Allowed values: "
                       + String.join(", ", allowed));
        }
        return values;
    }

    /** The options every endpoint has, reports and entity tables: credentials, where TikTok is, retries. */
    /**
     * The advertisers an endpoint without advertiserId leaves out of those TikTok lists; checked, and refused where
     * nothing is discovered.
     */
    public static List<String> excludedAdvertisers(TikTokReportConfiguration c, List<String> errors) {
        atLeast(errors, "advertiserDiscoveryInterval", c.getAdvertiserDiscoveryInterval(), 0);
        if (c.getExcludeAdvertiserId() == null || c.getExcludeAdvertiserId().isBlank()) {
            return List.of();
        }
        if (!c.discoversAdvertisers()) {
            errors.add("Invalid option excludeAdvertiserId: it leaves advertisers out of those TikTok lists for the"
                       + " token, read when advertiserId is not given and appId and appSecret are");
            return List.of();
        }
        return TikTokIds.parse(c.getExcludeAdvertiserId(), "option excludeAdvertiserId", "advertiser", errors);
    }

    static void checkConnection(TikTokReportConfiguration c, List<String> errors) {
        checkCredentials(c, errors);
        checkBaseUrl(c.getBaseUrl(), errors);
        atLeast(errors, "maxRetries", c.getMaxRetries(), 0);
        atLeast(errors, "retryInitialDelay", c.getRetryInitialDelay(), 1);
        if (c.getRetryMaxDelay() < c.getRetryInitialDelay()) {
            errors.add("Invalid value '" + c.getRetryMaxDelay() + "' for option retryMaxDelay: below"
                       + " retryInitialDelay " + c.getRetryInitialDelay() + ". Allowed values: "
                       + c.getRetryInitialDelay() + " or more (milliseconds)");
        }
        atLeast(errors, "throttleRetryTimeout", c.getThrottleRetryTimeout(), 0);
    }

    /** A date given in a header, or null when the header is absent. */
    public static LocalDate headerDate(String value, String header) {
        List<String> errors = new ArrayList<>();
        LocalDate date = parseDate(value, "header " + header, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return date;
    }

    /**
     * The token travels to baseUrl: only over TLS, or in clear text to this machine (tests, a local simulator).
     */
    static void checkBaseUrl(String baseUrl, List<String> errors) {
        String allowed = ". Allowed values: an absolute https:// URL (default " + TikTokReportCatalog.PRODUCTION_URL
                         + "), or http:// to a loopback host (127.0.0.1, localhost, [::1])";
        URI uri;
        try {
            uri = baseUrl == null ? null : new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            errors.add("Invalid value '" + baseUrl + "' for option baseUrl: not an absolute http(s) URL without"
                       + " user, query or fragment" + allowed);
            return;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
            errors.add("Invalid value '" + baseUrl + "' for option baseUrl: http:// would send the access token in"
                       + " clear text to " + uri.getHost() + allowed);
        } else if (!"http".equals(scheme) && !"https".equals(scheme)) {
            errors.add("Invalid value '" + baseUrl + "' for option baseUrl: scheme " + scheme + allowed);
        }
    }

    /** A loopback address written as such: no name is looked up. */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return "localhost".equals(h) || "[::1]".equals(h) || "::1".equals(h)
               || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** lookbackDays above a year would re-read most of TikTok's history on every poll. */
    static final int MAX_LOOKBACK_DAYS = 365;
    /** A month: TikTok's latest restatements (late conversions) fall well within it. */
    static final int MAX_SETTLE_HOURS = 720;
    /** More chunk readers than this only queue for the rate limiter. */
    static final int MAX_CONCURRENCY = 64;

    /** The last day any advertiser can have figures for: tomorrow in the zone furthest ahead (UTC+14). */
    static LocalDate latestDay() {
        return LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1);
    }

    /** An access token, or the OAuth exchange's app id, secret and code; not both, never blank. */
    private static void checkCredentials(TikTokReportConfiguration c, List<String> errors) {
        String token = c.getAccessToken();
        if (token != null && token.isBlank()) {
            errors.add("Invalid option accessToken: it is blank. Allowed values: TikTok's access token, e.g."
                       + " camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}");
        } else if (token != null && c.getAuthCode() != null) {
            errors.add("Invalid options accessToken and authCode together: give an access token, or appId,"
                       + " appSecret and authCode to obtain one, not both");
        } else if (token == null && (c.getAppId() == null || c.getAppSecret() == null || c.getAuthCode() == null)) {
            errors.add("Missing option accessToken: give an access token, or appId, appSecret and authCode to obtain"
                       + " one (e.g. camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}})");
        }
    }

    private static ReadMode mode(String value, List<String> errors) {
        for (ReadMode mode : ReadMode.values()) {
            if (mode.optionValue().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        errors.add("Invalid value '" + value + "' for option mode. Allowed values: auto, sync, async");
        return null;
    }

    private static Reconciler.Mode reconcile(String value, List<String> errors) {
        for (Reconciler.Mode mode : Reconciler.Mode.values()) {
            if (mode.optionValue().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        errors.add("Invalid value '" + value + "' for option reconcile. Allowed values: off, warn, fail");
        return Reconciler.Mode.OFF;
    }

    private static void between(List<String> errors, String option, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            errors.add("Invalid value '" + value + "' for option " + option + ". Allowed values: " + min + " to "
                       + max + " " + unit);
        }
    }


    private static void atLeast(List<String> errors, String option, long value, long min) {
        if (value < min) {
            errors.add("Invalid value '" + value + "' for option " + option + ". Allowed values: " + min + " or more");
        }
    }


    private static LocalDate parseDate(String value, String source, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add("Invalid value '" + value + "' for " + source + ". Allowed values: a date as yyyy-MM-dd");
            return null;
        }
    }

    private static List<String> split(String csv) {
        if (csv.isBlank()) {
            return List.of();
        }
        return Arrays.asList(csv.split(",", -1));
    }
}
