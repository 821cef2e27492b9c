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

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportConfiguration;
import io.github.cameltiktok.client.catalog.IntegratedReport;
import io.github.cameltiktok.client.model.ReadMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An endpoint's options resolved without a CamelContext: the preset, the kind's decisions, every error at once. */
class ResolvedReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static TikTokReportConfiguration options(String reportName) {
        TikTokReportConfiguration c = new TikTokReportConfiguration();
        c.setReportName(reportName);
        c.setAccessToken("token");
        c.setAdvertiserId("7001,7002");
        return c;
    }

    private static ResolvedReport resolve(TikTokReportConfiguration c) {
        return ResolvedReport.resolve(c, MAPPER, List.of());
    }

    @Test
    void aPresetGivesTheRequestAndTheKindDecidesBatchingOnce() {
        TikTokReportConfiguration c = options("adgroup-summary");
        c.setAdvertiserBatchSize(5);
        ResolvedReport report = resolve(c);

        assertThat(report.kind()).isInstanceOf(IntegratedReport.class);
        assertThat(report.request().dataLevel()).isEqualTo("AUCTION_ADGROUP");
        assertThat(report.request().dimensions()).containsExactly("adgroup_id", "stat_time_day");
        assertThat(report.advertiserIds()).containsExactly("7001", "7002");
        assertThat(report.mode()).isEqualTo(ReadMode.AUTO);
        assertThat(report.advertiserBatchSize()).isEqualTo(5);

        c.setOrderField("spend");
        assertThat(resolve(c).advertiserBatchSize()).as("TikTok would sort the batch").isEqualTo(1);
        TikTokReportConfiguration gmv = options("gmv-max-product");
        gmv.setAdvertiserBatchSize(5);
        assertThat(resolve(gmv).advertiserBatchSize()).as("a kind that reads no batches").isEqualTo(1);
    }

    @Test
    void everyBadOptionIsNamedAtOnceBeforeAnyRequest() {
        TikTokReportConfiguration c = options("adgroup-summary");
        c.setStartDate("2026-11-10");
        c.setEndDate("2026-11-01");
        c.setMode("fast");
        c.setReconcile("maybe");
        c.setLookbackDays(0);
        c.setAdvertiserFields("currency,owner");
        c.setOnForbiddenAdvertiser("ignore");

        assertThatThrownBy(() -> resolve(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid tiktok-report:adgroup-summary endpoint: ")
                .hasMessageContaining("Invalid value '2026-11-01' for option endDate: before option startDate"
                                      + " 2026-11-10")
                .hasMessageContaining("Invalid value 'fast' for option mode. Allowed values: auto, sync, async")
                .hasMessageContaining("Invalid value 'maybe' for option reconcile. Allowed values: off, warn, fail")
                .hasMessageContaining("Invalid value '0' for option lookbackDays. Allowed values: 1 to 365 days")
                .hasMessageContaining("Invalid value 'owner' for option advertiserFields")
                .hasMessageContaining("Invalid value 'ignore' for option onForbiddenAdvertiser. Allowed values:"
                                      + " skip, fail");
    }

    @Test
    void anUnknownNameIsCheckedAsCustomAndNamesTheTables() {
        assertThatThrownBy(() -> resolve(options("adgroup-daily")))
                .hasMessageContaining("Invalid value 'adgroup-daily' for the report name")
                .hasMessageContaining("entity tables: campaigns");
    }

    @Test
    void aFixedWindowAndALifetimeReportResolveIntoTheirRules() {
        TikTokReportConfiguration fixed = options("campaign-summary");
        fixed.setStartDate("2026-11-01");
        fixed.setEndDate("2026-11-07");
        assertThat(resolve(fixed).windows().startDate()).hasToString("2026-11-01");
        assertThat(resolve(fixed).windows().resumes()).isFalse();

        TikTokReportConfiguration lifetime = options("custom");
        lifetime.setDataLevel("AUCTION_CAMPAIGN");
        lifetime.setDimensions("campaign_id");
        lifetime.setMetrics("spend");
        lifetime.setQueryLifetime(true);
        assertThat(resolve(lifetime).request().queryLifetime()).isTrue();
        lifetime.setStartDate("2026-11-01");
        assertThatThrownBy(() -> resolve(lifetime)).hasMessageContaining("queryLifetime=true with startDate");
    }
}
