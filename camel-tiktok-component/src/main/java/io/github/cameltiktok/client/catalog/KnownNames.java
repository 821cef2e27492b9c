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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.http.TikTokErrorCodes;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * Every dimension and metric name known anywhere: the catalog's own lists, of every report type and level and of
 * GMV Max, and TikTok's lists ({@link ReportFields}). What a name given where it does not belong is told from, and
 * what a misspelling is a near miss of.
 */
public final class KnownNames {

    private KnownNames() {
    }

    public static Set<String> metrics() {
        return Holder.METRICS;
    }

    public static Set<String> dimensions() {
        return Holder.DIMENSIONS;
    }

    public static Set<String> catalogMetrics() {
        return Holder.CATALOG_METRICS;
    }

    public static Set<String> catalogDimensions() {
        return Holder.CATALOG_DIMENSIONS;
    }

    /** Built on first use, once the catalog's lists are. */
    private static final class Holder {
        static final Set<String> CATALOG_METRICS = catalogMetricsOf();
        static final Set<String> CATALOG_DIMENSIONS = catalogDimensionsOf();
        static final Set<String> METRICS = union(CATALOG_METRICS, ReportFields.allMetrics());
        static final Set<String> DIMENSIONS = union(CATALOG_DIMENSIONS, ReportFields.allDimensions());
    }

    private static Set<String> catalogMetricsOf() {
        Set<String> known = new LinkedHashSet<>(TikTokReportCatalog.ALL_METRICS);
        GmvMaxCatalog.LEVELS.forEach(level -> known.addAll(level.metrics()));
        return Collections.unmodifiableSet(known);
    }

    private static Set<String> catalogDimensionsOf() {
        Set<String> known = new LinkedHashSet<>();
        for (String type : TikTokReportCatalog.REPORT_TYPES) {
            for (String level : TikTokReportCatalog.AUCTION_DATA_LEVELS) {
                // what TikTok's lists add for the type (bucket_id) is TikTok's, not the catalog's own
                Set<String> own = new LinkedHashSet<>(TikTokReportCatalog.allowedDimensions(type, level));
                own.removeAll(ReportFields.typedDimensions(type));
                known.addAll(own);
            }
        }
        known.addAll(GmvMaxCatalog.DIMENSIONS);
        return Collections.unmodifiableSet(known);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return Collections.unmodifiableSet(union);
    }

    /**
     * TikTok's 40002 for a request that sent names this version's catalog does not know (validateFields=true sends
     * them): told cause-first, naming them, as they are the likely cause. Any other failure is returned as it is.
     */
    public static RuntimeException retoldForNewNames(ReportRequest request, RuntimeException failure) {
        if (!(failure instanceof TikTokApiException tiktok) || tiktok.getClass() != TikTokApiException.class
            || tiktok.getCode() != TikTokErrorCodes.INVALID_PARAMETER) {
            return failure;
        }
        List<String> unknown = new ArrayList<>();
        request.dimensions().stream().filter(d -> !dimensions().contains(d)).forEach(unknown::add);
        request.metrics().stream().filter(m -> !metrics().contains(m)).forEach(unknown::add);
        if (unknown.isEmpty()) {
            return failure;
        }
        return tiktok.withMessage("TikTok refused the request, which names " + String.join(", ",
                unknown.stream().map(n -> "'" + n + "'").toList()) + ": not in this version's catalog, sent because"
                + " validateFields=true; check the name against TikTok's docs or drop it. " + tiktok.getMessage());
    }
}
