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

/** The kinds of report there are: where a {@code reportType} is told which {@link ReportKind} reads it. */
public final class ReportKinds {

    private ReportKinds() {
    }

    /** The kind a {@code reportType} stands for; unknown types are integrated reports, which reject them. */
    public static ReportKind of(String reportType) {
        if (GmvMaxCatalog.REPORT_TYPE.equals(reportType)) {
            return GmvMaxReport.INSTANCE;
        }
        if (TikTokReportCatalog.BC.equals(reportType)) {
            return BusinessCenterReport.INSTANCE;
        }
        return IntegratedReport.INSTANCE;
    }
}
