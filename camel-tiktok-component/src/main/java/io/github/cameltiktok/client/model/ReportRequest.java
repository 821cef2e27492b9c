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
import java.util.Map;

/**
 * What to report, independent of advertiser and dates: the resolved, immutable parameters of one TikTok
 * report, read synchronously or by a report task.
 *
 * @param filters           the filters as the user wrote them (a JSON array; GMV Max's an object), parsed once; null
 *                          for none
 * @param extraParameters   free request parameters passed through unchanged (the "Add Field" of no-code tools)
 * @param statusFilterField {@code campaign_status}, {@code adgroup_status} or {@code ad_status}: synchronous reads
 *                          ask for that field {@code IN ["STATUS_ALL"]} so that deleted objects are included; null
 *                          to leave TikTok's default (deleted objects left out)
 * @param storeId           the one TikTok Shop a GMV Max report is asked for ({@code store_ids}); null for other
 *                          reports and before a read picks the store
 * @param advertiserIds     the advertisers of one batched request ({@code advertiser_ids}, at most five, BASIC and
 *                          AUDIENCE only); null for the usual request of one advertiser
 * @param slices            the reads the report is made of, each object's rows once ({@link ReportSlice}): TikTok's
 *                          default view, TopView and Promote campaigns apart; empty for a report read as it is
 * @param slice             the one slice a request asks for (its filter is sent); null for none
 */
public record ReportRequest(
        String serviceType,
        String reportType,
        String dataLevel,
        List<String> dimensions,
        List<String> metrics,
        ReportFilters filters,
        String orderField,
        String orderType,
        boolean queryLifetime,
        boolean enableTotalMetrics,
        Map<String, String> extraParameters,
        int pageSize,
        String statusFilterField,
        String storeId,
        List<String> advertiserIds,
        List<ReportSlice> slices,
        ReportSlice slice) {

    /** TikTok's status filter value that includes deleted objects. */
    public static final String STATUS_ALL = "STATUS_ALL";

    public ReportRequest {
        dimensions = List.copyOf(dimensions);
        metrics = List.copyOf(metrics);
        extraParameters = Map.copyOf(extraParameters);
        advertiserIds = advertiserIds == null ? null : List.copyOf(advertiserIds);
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    /**
     * The requests the report is read by, one per slice (the first is TikTok's default view when it is counted), or
     * this request alone when it has no slices.
     */
    public List<ReportRequest> sliceReads() {
        if (slices.isEmpty()) {
            return List.of(this);
        }
        return slices.stream().map(s -> toBuilder().slices(List.of()).slice(s).build()).toList();
    }

    /** The same report read by some of its slices only (those an advertiser has objects in). */
    public ReportRequest withSlices(List<ReportSlice> some) {
        return toBuilder().slices(some).build();
    }

    /** The filters' JSON text, or null for none. */
    public String filtering() {
        return filters == null ? null : filters.text();
    }

    /**
     * The field names the filters name, in order: the {@code field_name}s of the integrated report's array, the keys
     * of GMV Max's object; none when there are no filters or they are not JSON.
     */
    public List<String> filterFields() {
        return filters == null ? List.of() : filters.fieldNames();
    }

    /** The same report with one more filter, {@code field IN values} (a part of a report split by ids). */
    public ReportRequest withInFilter(String field, List<String> values) {
        return toBuilder().filters(ReportFilters.withIn(filters, field, values)).build();
    }

    /** The same report of one TikTok Shop (GMV Max); unchanged for a null store. */
    public ReportRequest forStore(String store) {
        if (store == null || store.equals(storeId)) {
            return this;
        }
        return toBuilder().storeId(store).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().serviceType(serviceType).reportType(reportType).dataLevel(dataLevel)
                .dimensions(dimensions).metrics(metrics).filters(filters).orderField(orderField)
                .orderType(orderType).queryLifetime(queryLifetime).enableTotalMetrics(enableTotalMetrics)
                .extraParameters(extraParameters).pageSize(pageSize).statusFilterField(statusFilterField)
                .storeId(storeId).advertiserIds(advertiserIds).slices(slices).slice(slice);
    }

    /** Builds a request by name rather than by fifteen positions. */
    public static final class Builder {
        private String serviceType;
        private String reportType;
        private String dataLevel;
        private List<String> dimensions = List.of();
        private List<String> metrics = List.of();
        private ReportFilters filters;
        private String orderField;
        private String orderType;
        private boolean queryLifetime;
        private boolean enableTotalMetrics;
        private Map<String, String> extraParameters = Map.of();
        private int pageSize = 1000;
        private String statusFilterField;
        private String storeId;
        private List<String> advertiserIds;
        private List<ReportSlice> slices = List.of();
        private ReportSlice slice;

        private Builder() {
        }

        public Builder serviceType(String value) {
            serviceType = value;
            return this;
        }

        public Builder reportType(String value) {
            reportType = value;
            return this;
        }

        public Builder dataLevel(String value) {
            dataLevel = value;
            return this;
        }

        public Builder dimensions(List<String> value) {
            dimensions = value;
            return this;
        }

        public Builder metrics(List<String> value) {
            metrics = value;
            return this;
        }

        /** The filters of a JSON text, parsed here, once. */
        public Builder filtering(String value) {
            filters = ReportFilters.of(value);
            return this;
        }

        public Builder filters(ReportFilters value) {
            filters = value;
            return this;
        }

        public Builder orderField(String value) {
            orderField = value;
            return this;
        }

        public Builder orderType(String value) {
            orderType = value;
            return this;
        }

        public Builder queryLifetime(boolean value) {
            queryLifetime = value;
            return this;
        }

        public Builder enableTotalMetrics(boolean value) {
            enableTotalMetrics = value;
            return this;
        }

        public Builder extraParameters(Map<String, String> value) {
            extraParameters = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public Builder statusFilterField(String value) {
            statusFilterField = value;
            return this;
        }

        public Builder storeId(String value) {
            storeId = value;
            return this;
        }

        public Builder advertiserIds(List<String> value) {
            advertiserIds = value;
            return this;
        }

        public Builder slices(List<ReportSlice> value) {
            slices = value;
            return this;
        }

        public Builder slice(ReportSlice value) {
            slice = value;
            return this;
        }

        public ReportRequest build() {
            return new ReportRequest(serviceType, reportType, dataLevel, dimensions, metrics, filters, orderField,
                    orderType, queryLifetime, enableTotalMetrics, extraParameters, pageSize, statusFilterField,
                    storeId, advertiserIds, slices, slice);
        }
    }

    /**
     * The {@code filtering} a synchronous page is asked with: the user's filters, plus the status filter that
     * includes deleted objects when there is one, plus the filter of the slice it reads.
     */
    public String sentFiltering() {
        ReportFilters sent = statusFilterField == null ? filters
                : ReportFilters.withIn(filters, statusFilterField, List.of(STATUS_ALL));
        sent = slice == null || !slice.filtered() ? sent
                : ReportFilters.withIn(sent, slice.filterField(), slice.filterValues());
        return sent == null ? null : sent.text();
    }
}
