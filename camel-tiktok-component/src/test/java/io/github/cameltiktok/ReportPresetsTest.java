package io.github.cameltiktok;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPresetsTest {

    @Test
    void presetsMatchTheContract() {
        assertThat(ReportPresets.names()).containsExactly("adgroup-summary", "campaign-summary", "ad-summary",
                "advertiser-summary", "audience", "custom");
        assertThat(ReportPresets.PRESETS.get("adgroup-summary").metrics()).containsExactly(
                "spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversion", "cost_per_conversion");
        assertThat(ReportPresets.PRESETS.get("audience").dimensions()).containsExactly("adgroup_id", "gender", "age");
    }
}
