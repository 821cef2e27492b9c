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
package io.github.cameltiktok.client.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer's record of the totals it delivered, and the days TikTok restated since. */
class RestatementsTest {

    private static ReconcileOutcome.Figure figure(String day, String metric, Object delivered) {
        return new ReconcileOutcome.Figure("7001", day, metric, delivered, delivered, true, BigDecimal.ZERO);
    }

    private static final ReconcileOutcome DELIVERED = new ReconcileOutcome(List.of(
            figure("2026-11-27", "spend", new BigDecimal("7.10")), figure("2026-11-26", "spend",
                    new BigDecimal("12.50")), figure("2026-11-26", "impressions", 100L)));

    @Test
    void totalsAreKeptCompactlyByDayAndReadBack() {
        String text = Restatements.encode(DELIVERED);
        assertThat(text).isEqualTo("2026-11-26:spend=12.50,impressions=100;2026-11-27:spend=7.10");
        assertThat(Restatements.decode(text)).containsExactly(
                Map.entry("2026-11-26", Map.of("spend", new BigDecimal("12.50"), "impressions", new BigDecimal("100"))),
                Map.entry("2026-11-27", Map.of("spend", new BigDecimal("7.10"))));
    }

    @Test
    void aValueThisVersionCannotReadIsNoRecord() {
        assertThat(Restatements.decode(null)).isEmpty();
        assertThat(Restatements.decode("2026-11-26:spend")).isEmpty();
    }

    @Test
    void onlyDaysDeliveredBeforeWhoseTotalsChangedAreTold() {
        Map<String, Map<String, BigDecimal>> before = Restatements.decode(Restatements.encode(DELIVERED));
        ReconcileOutcome now = new ReconcileOutcome(List.of(figure("2026-11-26", "spend", new BigDecimal("12.5")),
                figure("2026-11-26", "impressions", 90L), figure("2026-11-27", "spend", new BigDecimal("8.00")),
                figure("2026-11-28", "spend", new BigDecimal("3.00"))));

        assertThat(Restatements.changes(before, now)).containsExactly(
                Map.of("day", "2026-11-26", "metric", "impressions", "before", new BigDecimal("100"), "now",
                        new BigDecimal("90"), "change", new BigDecimal("-10")),
                Map.of("day", "2026-11-27", "metric", "spend", "before", new BigDecimal("7.10"), "now",
                        new BigDecimal("8.00"), "change", new BigDecimal("0.90")));
    }
}
