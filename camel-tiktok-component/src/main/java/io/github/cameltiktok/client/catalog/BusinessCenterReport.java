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

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.TikTokIds;

/**
 * A Business Center's report ({@code reportType=BC}): TikTok's integrated report asked by {@code bc_id}, with no
 * service type and no data level. A Business Center is no ad account: it has no time zone or currency of its own,
 * so its days are this machine's. Its rules are otherwise the integrated report's.
 */
public final class BusinessCenterReport implements ReportKind {

    static final BusinessCenterReport INSTANCE = new BusinessCenterReport();

    private BusinessCenterReport() {
    }

    @Override
    public String path() {
        return TikTokReportCatalog.REPORT_PATH;
    }

    @Override
    public List<String> reportTypes() {
        return List.of(TikTokReportCatalog.BC);
    }

    @Override
    public void queryHead(Map<String, String> query, ReportRequest request, String id, ObjectMapper mapper) {
        // the part's id is the center's; TikTok takes no service_type for BC
        query.put("bc_id", id);
        IntegratedReport.typeAndLevel(query, request);
    }

    @Override
    public String idField() {
        return "bc_id";
    }

    @Override
    public boolean readsAccounts() {
        return false;
    }

    @Override
    public List<String> ids(Options options, List<String> errors) {
        List<String> ids;
        if (options.bcId() == null || options.bcId().isBlank()) {
            errors.add("Missing option bcId: reportType=BC reads the report of a Business Center, give its id");
            ids = List.of();
        } else {
            ids = TikTokIds.parse(options.bcId(), "option bcId", "advertiser", errors);
        }
        if (ids.size() > 1) {
            errors.add(Checks.invalidValue("bcId", options.bcId(), null, "one business center id"));
        }
        return ids;
    }

    @Override
    public void checkOptions(Options options, List<String> errors) {
        if (options.advertiserId() != null) {
            errors.add("Invalid option advertiserId with reportType=BC: a business center report is asked by"
                       + " bcId alone. Allowed values: no advertiserId");
        }
        if (options.dataLevel() != null) {
            errors.add("Invalid option dataLevel=" + options.dataLevel() + " with reportType=BC: TikTok's BC report"
                       + " takes no data level. Allowed values: none");
        }
        if (options.advertiserFields()) {
            errors.add("Invalid option advertiserFields with reportType=BC: a business center has no account"
                       + " currency or time zone. Allowed values: none");
        }
        IntegratedReport.noStores(options, errors);
        IntegratedReport.ownOptions(options, errors);
    }

    @Override
    public ReportRequest withDeletedObjects(ReportRequest request, ReadMode mode, ObjectMapper mapper,
                                            Consumer<String> warn) {
        return IntegratedReport.INSTANCE.withDeletedObjects(request, mode, mapper, warn);
    }

    @Override
    public void validate(ReportRequest request, Validation validation, List<String> errors, List<String> warnings) {
        IntegratedReport.INSTANCE.validate(request, validation, errors, warnings, true);
    }
}
