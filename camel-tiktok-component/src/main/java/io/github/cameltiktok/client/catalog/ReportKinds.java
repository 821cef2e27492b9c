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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kinds of report there are: where a {@code reportType} is told which {@link ReportKind} reads it. The
 * component's own kinds are registered here; a kind outside it (a report TikTok added before this component knows
 * it, or a test's) registers itself with Java's {@link ServiceLoader} under
 * {@code META-INF/services/io.github.cameltiktok.client.catalog.ReportKind}. This is an internal interface: it may
 * change in any release.
 */
public final class ReportKinds {

    /** The component's own kinds, then those found on the class path; a report type is read by the first naming it. */
    private static final List<ReportKind> KINDS = Stream.concat(
            Stream.of(IntegratedReport.INSTANCE, BusinessCenterReport.INSTANCE, GmvMaxReport.INSTANCE),
            ServiceLoader.load(ReportKind.class, ReportKind.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)).toList();

    private ReportKinds() {
    }

    /** The kind a {@code reportType} stands for; unknown types are integrated reports, which reject them. */
    public static ReportKind of(String reportType) {
        return KINDS.stream().filter(kind -> kind.reportTypes().contains(reportType)).findFirst()
                .orElse(IntegratedReport.INSTANCE);
    }

    /** The values of the {@code reportType} option: TikTok's report_type values, GMV Max, and any registered. */
    public static List<String> reportTypes() {
        Set<String> types = new LinkedHashSet<>(TikTokReportCatalog.REPORT_TYPES);
        KINDS.forEach(kind -> types.addAll(kind.reportTypes()));
        return List.copyOf(types);
    }
}
