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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportConfiguration;
import io.github.cameltiktok.client.account.AdvertiserInfo;
import io.github.cameltiktok.client.catalog.Checks;
import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.catalog.ReportKinds;
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
 * @param advertiserBatchSize most advertisers read in one request: {@code advertiserBatchSize}, or 1 where the
 *                         kind does not read this report in batches (decided here, once)
 */
public record ResolvedReport(String reportName, ReportKind kind, ReportRequest request, ReadMode mode,
        List<String> advertiserIds, WindowRule windows, List<String> advertiserFields, List<String> storeIds,
        Reconciler.Mode reconcile, int advertiserBatchSize) {

    private static final Logger LOG = LoggerFactory.getLogger(ResolvedReport.class);

    public ResolvedReport {
        advertiserIds = List.copyOf(advertiserIds);
        advertiserFields = List.copyOf(advertiserFields);
        storeIds = storeIds == null ? null : List.copyOf(storeIds);
    }

    /**
     * Checks every option before any request; a bad endpoint fails the route start with all its problems at once.
     * The steps: what is read (preset, kind, ids), how (numbers, mode, reconciliation), which days, the request,
     * TikTok's rules for it.
     *
     * @throws IllegalArgumentException naming each bad option, its value and what is allowed
     */
    public static ResolvedReport resolve(TikTokReportConfiguration c, ObjectMapper mapper,
                                         List<String> componentErrors) {
        List<String> errors = new ArrayList<>(componentErrors);
        ReportPresets.Preset preset = preset(c.getReportName(), errors);
        String reportType = c.getReportType() != null ? c.getReportType() : preset.reportType();
        ReportKind kind = ReportKinds.of(reportType);
        ReadMode mode = OptionChecks.mode(c.getMode(), errors);
        ReadMode checkedMode = mode == null ? ReadMode.AUTO : mode;
        Reconciler.Mode reconcile = OptionChecks.reconcile(c.getReconcile(), errors);
        ReportKind.Options options = new ReportKind.Options(reportType, c.getDataLevel(), c.getServiceType(), mode,
                c.isQueryLifetime(), c.getParameters().keySet(), c.getAdvertiserId(), c.getBcId(), c.getStoreId(),
                c.getAdvertiserFields() != null && !c.getAdvertiserFields().isBlank(), c.discoversAdvertisers());
        List<String> advertiserIds = kind.ids(options, errors);
        kind.checkOptions(options, errors);
        OptionChecks.checkConnection(c, errors);
        List<String> storeIds = kind.readsStores() && c.getStoreId() != null
                ? TikTokIds.parse(c.getStoreId(), "option storeId", "store", errors) : null;
        checkNumbers(c, errors);
        LocalDate start = OptionChecks.parseDate(c.getStartDate(), "option startDate", errors);
        LocalDate end = OptionChecks.parseDate(c.getEndDate(), "option endDate", errors);
        checkWindow(c, start, end, errors);
        List<String> advertiserFields = advertiserFields(c.getAdvertiserFields(), errors);

        ReportRequest request = request(c, preset, reportType, kind, mapper);
        if (c.isIncludeDeleted()) {
            request = kind.withDeletedObjects(request, mode, mapper,
                    warning -> LOG.warn("tiktok-report:{}: {}", c.getReportName(), warning));
        }
        List<String> warnings = new ArrayList<>();
        request = request.toBuilder().slices(kind.slices(request, OptionChecks.campaignScope(c, errors), checkedMode,
                mapper, errors, warnings)).build();
        DateWindow fixedWindow = errors.isEmpty() && start != null && end != null ? new DateWindow(start, end) : null;
        kind.validate(request, new ReportKind.Validation(mapper, checkedMode, fixedWindow,
                OptionChecks.fieldCheck(c, errors), c.isSplitDateRange()), errors, warnings);
        int batchSize = c.getAdvertiserBatchSize();
        String notBatched = batchSize > 1 ? kind.whyNotBatched(request, checkedMode) : null;
        if (notBatched != null) {
            warnings.add("advertiserBatchSize=" + batchSize + " has no effect: " + notBatched);
            batchSize = 1;
        }
        OptionChecks.logWarningsOrFail(LOG, c.getReportName(), errors, warnings);
        return new ResolvedReport(c.getReportName(), kind, request, mode, advertiserIds,
                new WindowRule(start, end, c.getLookbackDays(), request.queryLifetime()), advertiserFields, storeIds,
                reconcile, batchSize);
    }

    /** The preset the endpoint names; an unknown name is an error, and the endpoint is checked as custom. */
    private static ReportPresets.Preset preset(String name, List<String> errors) {
        ReportPresets.Preset preset = ReportPresets.PRESETS.get(name);
        if (preset == null) {
            errors.add("Invalid value '" + name + "' for the report name (tiktok-report:reportName). Allowed values: "
                       + String.join(", ", ReportPresets.names()) + "; entity tables: "
                       + String.join(", ", EntityKind.presets()));
            return ReportPresets.PRESETS.get("custom");
        }
        return preset;
    }

    /** The numbers of a report endpoint, each within its bounds. */
    private static void checkNumbers(TikTokReportConfiguration c, List<String> errors) {
        if (!List.of("skip", "fail").contains(String.valueOf(c.getOnForbiddenAdvertiser()))) {
            errors.add(Checks.invalidValue("onForbiddenAdvertiser", c.getOnForbiddenAdvertiser(), null,
                    "skip, fail"));
        }
        OptionChecks.between(errors, "lookbackDays", c.getLookbackDays(), 1, OptionChecks.MAX_LOOKBACK_DAYS, "days");
        OptionChecks.between(errors, "advertiserBatchSize", c.getAdvertiserBatchSize(), 1, AdvertiserBatches.MAX_SIZE,
                "advertisers a request (TikTok's advertiser_ids takes at most " + AdvertiserBatches.MAX_SIZE + ")");
        OptionChecks.between(errors, "concurrency", c.getConcurrency(), 0, OptionChecks.MAX_CONCURRENCY,
                "date chunks read at once (0: as many as the rate and TikTok's latency keep busy)");
        OptionChecks.between(errors, "reconcileSettleHours", c.getReconcileSettleHours(), 0,
                OptionChecks.MAX_SETTLE_HOURS, "hours after a day's end");
        OptionChecks.atLeast(errors, "pollTimeout", c.getPollTimeout(), 0);
        OptionChecks.atLeast(errors, "progressInterval", c.getProgressInterval(), 0);
        OptionChecks.atLeast(errors, "asyncPollInterval", c.getAsyncPollInterval(), 1);
        OptionChecks.atLeast(errors, "asyncTimeout", c.getAsyncTimeout(), 1);
        if (c.getOrderType() != null && c.getOrderField() == null) {
            errors.add("Option orderType=" + c.getOrderType() + " needs orderField: name the metric to sort by");
        }
    }

    /** The fixed window's days: in order, none after the last day with figures, none with a lifetime report. */
    private static void checkWindow(TikTokReportConfiguration c, LocalDate start, LocalDate end, List<String> errors) {
        String order = WindowRule.orderError(start, "option startDate", end, "option endDate");
        if (order != null) {
            errors.add(order);
        }
        LocalDate latest = OptionChecks.latestDay();
        for (LocalDate day : new LocalDate[] { start, end }) {
            if (day != null && day.isAfter(latest)) {
                errors.add(Checks.invalidValue(day == start ? "startDate" : "endDate", day, "TikTok has no figures for"
                        + " a day after tomorrow in any time zone", "a day up to " + latest));
            }
        }
        if (c.isQueryLifetime() && (start != null || end != null)) {
            errors.add("Invalid option queryLifetime=true with startDate/endDate: a lifetime report has no dates."
                       + " Allowed values: queryLifetime=false, or no startDate and endDate");
        }
    }

    /** The account fields added to each row, each once. */
    private static List<String> advertiserFields(String value, List<String> errors) {
        List<String> fields = new ArrayList<>();
        if (value != null && !value.isBlank()) {
            for (String field : value.split(",")) {
                String name = field.trim();
                if (!AdvertiserInfo.ROW_FIELDS.contains(name)) {
                    errors.add(Checks.invalidValue("advertiserFields", field, null,
                            String.join(", ", AdvertiserInfo.ROW_FIELDS)));
                } else if (!fields.contains(name)) {
                    fields.add(name);
                }
            }
        }
        return fields;
    }

    /** The request the options and the preset make, with the filters the kind merges. */
    private static ReportRequest request(TikTokReportConfiguration c, ReportPresets.Preset preset, String reportType,
                                         ReportKind kind, ObjectMapper mapper) {
        Map<String, String> extra = new LinkedHashMap<>();
        c.getParameters().forEach((k, v) -> extra.put(k, v == null ? "" : v.toString()));
        List<String> dimensions = c.getDimensions() != null ? split(c.getDimensions()) : preset.dimensions();
        String filters = c.getFilters() == null || c.getFilters().isBlank() ? null : c.getFilters().trim();
        return ReportRequest.builder()
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
    }

    private static List<String> split(String csv) {
        if (csv.isBlank()) {
            return List.of();
        }
        return Arrays.asList(csv.split(",", -1));
    }
}
