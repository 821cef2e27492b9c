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

import java.time.LocalDate;
import java.util.List;

import io.github.cameltiktok.client.model.DateWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TikTok's rules as the catalog states them; each test names the fact it stands for. */
class TikTokReportCatalogTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void dailyReportsSpanAtMostThirtyInclusiveDays() {
        List<DateWindow> chunks = TikTokReportCatalog.chunks(new DateWindow(JAN_1, JAN_1.plusDays(60)),
                List.of("campaign_id", "stat_time_day"));
        assertThat(chunks).containsExactly(
                new DateWindow(JAN_1, JAN_1.plusDays(29)),
                new DateWindow(JAN_1.plusDays(30), JAN_1.plusDays(59)),
                new DateWindow(JAN_1.plusDays(60), JAN_1.plusDays(60)));
    }

    @Test
    void hourlyReportsSpanOneDayAndTotalsAYear() {
        assertThat(TikTokReportCatalog.chunks(new DateWindow(JAN_1, JAN_1.plusDays(2)), List.of("ad_id", "stat_time_hour")))
                .hasSize(3).allSatisfy(w -> assertThat(w.start()).isEqualTo(w.end()));
        // (unconfirmed) 365 days without a time dimension
        assertThat(TikTokReportCatalog.chunks(new DateWindow(JAN_1, JAN_1.plusDays(364)), List.of("ad_id"))).hasSize(1);
        assertThat(TikTokReportCatalog.chunks(new DateWindow(JAN_1, JAN_1.plusDays(365)), List.of("ad_id"))).hasSize(2);
    }

    @Test
    void idDimensionFollowsTheDataLevel() {
        assertThat(TikTokReportCatalog.allowedDimensions("BASIC", "AUCTION_ADGROUP"))
                .contains("adgroup_id", "stat_time_day", "stat_time_hour", "country_code")
                .doesNotContain("campaign_id", "ad_id", "gender");
        assertThat(TikTokReportCatalog.allowedDimensions("AUDIENCE", "RESERVATION_CAMPAIGN"))
                .contains("campaign_id", "gender", "age", "province_id").doesNotContain("adgroup_id");
    }

    @Test
    void attributeMetricsAreTextAndUnsortable() {
        assertThat(TikTokReportCatalog.isAttributeMetric("campaign_name")).isTrue();
        assertThat(TikTokReportCatalog.isAttributeMetric("budget")).isTrue();
        assertThat(TikTokReportCatalog.isAttributeMetric("spend")).isFalse();
        assertThat(TikTokReportCatalog.allowedMetrics("AUDIENCE")).contains("spend", "clicks")
                .doesNotContain("reach", "frequency", "video_watched_2s");
    }
}
