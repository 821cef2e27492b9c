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
package io.github.cameltiktok.kinds;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.catalog.Checks;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * The example of docs/architecture.md, "How to add a report kind": a made-up material report (the shape Smart+
 * material reports are expected to take) at its own path, read for advertisers, by material and day. It is the
 * whole of the kind: with its registration in {@code META-INF/services}, {@code tiktok-report:custom?reportType=
 * TEST_MATERIAL} reads it, with the component's paging, retries, windows, row shape and checks. What it does not
 * say it takes the defaults of {@link ReportKind} for: not batched, not reconciled, not recovered when cut.
 */
public final class TestMaterialReport implements ReportKind {

    public static final String REPORT_TYPE = "TEST_MATERIAL";
    public static final String PATH = "/open_api/v1.3/test/material_report/get/";
    static final List<String> DIMENSIONS = List.of("material_id", "stat_time_day");
    static final List<String> METRICS = List.of("spend", "impressions", "clicks");

    @Override
    public List<String> reportTypes() {
        return List.of(REPORT_TYPE);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void queryHead(Map<String, String> query, ReportRequest request, String id, ObjectMapper mapper) {
        query.put("advertiser_id", id);
        query.put("material_type", "VIDEO");
    }

    @Override
    public void checkOptions(Options options, List<String> errors) {
        if (options.dataLevel() != null) {
            errors.add("Invalid option dataLevel=" + options.dataLevel() + " with reportType=" + REPORT_TYPE
                       + ": material reports have no data level. Allowed values: none");
        }
    }

    @Override
    public void validate(ReportRequest request, Validation validation, List<String> errors, List<String> warnings) {
        request.dimensions().forEach(dimension -> Checks.oneOf(errors, "dimensions", dimension, DIMENSIONS));
        request.metrics().forEach(metric -> Checks.oneOf(errors, "metrics", metric, METRICS));
        Checks.checkPageSize(errors, request);
        Checks.checkSpan(errors, request, validation.mode(), validation.window(), validation.splitDateRange());
    }
}
