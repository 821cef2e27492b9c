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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPresetsTest {

    @Test
    void presetsMatchTheContract() {
        assertThat(ReportPresets.names()).containsExactly("adgroup-summary", "campaign-summary", "ad-summary",
                "advertiser-summary", "audience", "gmv-max-product", "gmv-max-live", "gmv-max-account", "custom");
        assertThat(ReportPresets.PRESETS.get("adgroup-summary").metrics()).containsExactly(
                "spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversion", "cost_per_conversion");
        assertThat(ReportPresets.PRESETS.get("audience").dimensions()).containsExactly("adgroup_id", "gender", "age");
        assertThat(ReportPresets.PRESETS.get("gmv-max-product").metrics()).containsExactly(
                "cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi");
        assertThat(ReportPresets.PRESETS.get("gmv-max-account").dimensions())
                .containsExactly("advertiser_id", "stat_time_day");
    }
}
