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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report field names TikTok publishes beyond the catalog's own lists per report type: the report metrics and
 * dimensions its SDK spec enumerates (the Smart+ material report's {@code SppReportMetrics} and
 * {@code SppReportDimension}, in {@code tiktok-sdk-enums.tsv}) and the names of its report pages and change log
 * ({@code tiktok-report-fields.tsv}, each row with its source). A new TikTok list is a change of those files.
 * <p>
 * These names are TikTok's, but where a list does not say for which report type (the spec's is the Smart+ material
 * report's) the catalog sends them for every integrated report type and lets TikTok decide. Every name known
 * anywhere also tells a typo of it from a new name ({@link #nearMisses}).
 */
public final class ReportFields {

    static final String RESOURCE = "tiktok-report-fields.tsv";
    static final String SPEC_FILE = "smart_plus_material_report_overview.yml";
    /** Every integrated report type. */
    static final String ANY_TYPE = "*";

    /** A group of names from one source, for docs/fields.md. */
    public record Group(String kind, String reportTypes, String source, List<String> names) {
    }

    private static final List<Group> GROUPS = load();

    private ReportFields() {
    }

    /** Every group, the spec's first, then the rows of the resource by source. */
    public static List<Group> groups() {
        return GROUPS;
    }

    /** The metrics TikTok's lists give for an integrated report type (its own and those of every type). */
    public static Set<String> metrics(String reportType) {
        return names("metric", reportType);
    }

    /** The dimensions TikTok's lists give for a report type. */
    public static Set<String> dimensions(String reportType) {
        return names("dimension", reportType);
    }

    /** The metrics TikTok's lists name this report type for, itself (not every type, as the spec's). */
    public static Set<String> typedMetrics(String reportType) {
        return typed("metric", reportType);
    }

    /**
     * The dimensions TikTok's lists name this report type for: the spec's dimensions of every type (the Smart+
     * material report's breakdown ids) stay out, since they are not dimensions of other reports.
     */
    public static Set<String> typedDimensions(String reportType) {
        return typed("dimension", reportType);
    }

    private static Set<String> typed(String kind, String reportType) {
        Set<String> names = new LinkedHashSet<>();
        GROUPS.stream().filter(g -> g.kind().equals(kind) && !g.reportTypes().equals(ANY_TYPE)
                                    && List.of(g.reportTypes().split(",")).contains(reportType))
                .forEach(g -> names.addAll(g.names()));
        return names;
    }

    /** Every metric TikTok's lists name, for any report. */
    public static Set<String> allMetrics() {
        return ALL_METRICS;
    }

    /** Every dimension TikTok's lists name, for any report. */
    public static Set<String> allDimensions() {
        return ALL_DIMENSIONS;
    }

    private static final Set<String> ALL_METRICS = all("metric");
    private static final Set<String> ALL_DIMENSIONS = all("dimension");

    private static Set<String> all(String kind) {
        Set<String> names = new LinkedHashSet<>();
        GROUPS.stream().filter(g -> g.kind().equals(kind)).forEach(g -> names.addAll(g.names()));
        return Collections.unmodifiableSet(names);
    }

    private static Set<String> names(String kind, String reportType) {
        Set<String> names = new LinkedHashSet<>();
        for (Group group : GROUPS) {
            if (group.kind().equals(kind) && (group.reportTypes().equals(ANY_TYPE)
                                              || List.of(group.reportTypes().split(",")).contains(reportType))) {
                names.addAll(group.names());
            }
        }
        return names;
    }

    /**
     * The known names a misspelled one is a near miss of: one edit away (two for names of eight letters or more),
     * letter case ignored. A prefix does not count: a longer new name that starts like a known one is not a typo.
     */
    public static List<String> nearMisses(String value, Collection<String> known) {
        return Checks.nearest(value, known.stream().filter(name -> !name.equals(value)).toList(),
                value.length() >= 8 ? 2 : 1, false);
    }

    private static List<Group> load() {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("metric", ANY_TYPE, "TikTok's SDK spec " + SPEC_FILE + ", SppReportMetrics (the Smart+"
                + " material report; report types not stated there: sent for every integrated report type)",
                TikTokSpec.values(SPEC_FILE, "metrics")));
        groups.add(new Group("dimension", ANY_TYPE, "TikTok's SDK spec " + SPEC_FILE + ", SppReportDimension",
                TikTokSpec.values(SPEC_FILE, "dimensions")));
        Map<List<String>, List<String>> rows = new LinkedHashMap<>();
        for (String[] columns : TikTokSpec.rows(RESOURCE)) {
            // kind, name, report_types, source
            rows.computeIfAbsent(List.of(columns[0], columns[2], columns[3]), k -> new ArrayList<>()).add(columns[1]);
        }
        rows.forEach((key, names) -> groups.add(new Group(key.get(0), key.get(1), key.get(2), List.copyOf(names))));
        return Collections.unmodifiableList(groups);
    }
}
