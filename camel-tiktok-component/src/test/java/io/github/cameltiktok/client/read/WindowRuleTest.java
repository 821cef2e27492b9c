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

import java.time.LocalDate;

import io.github.cameltiktok.client.model.DateWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aRollingWindowIsLookbackDaysUpToToday() {
        WindowRule rule = new WindowRule(null, null, 7, false);
        assertThat(rule.window(TODAY, null, null)).isEqualTo(new DateWindow(TODAY.minusDays(6), TODAY));
        assertThat(rule.endsToday(null)).isTrue();
        assertThat(rule.resumes()).isTrue();
    }

    @Test
    void aResumingPollRereadsLookbackDaysUpToTheLastDeliveredThenEveryDayAfter() {
        WindowRule rule = new WindowRule(null, null, 3, false);
        assertThat(rule.resumed(null, TODAY)).isEqualTo(new DateWindow(TODAY.minusDays(2), TODAY));
        assertThat(rule.resumed(TODAY.minusDays(10), TODAY))
                .isEqualTo(new DateWindow(TODAY.minusDays(12), TODAY));
        // a last day after today (another zone's clock) reads from today back
        assertThat(rule.resumed(TODAY.plusDays(1), TODAY)).isEqualTo(new DateWindow(TODAY.minusDays(2), TODAY));
    }

    @Test
    void theBackfillNeverReachesBeforeStartDate() {
        LocalDate start = TODAY.minusDays(20);
        WindowRule rule = new WindowRule(start, null, 7, false);
        assertThat(rule.resumed(null, TODAY)).isEqualTo(new DateWindow(start, TODAY));
        assertThat(rule.resumed(start.plusDays(2), TODAY)).isEqualTo(new DateWindow(start, TODAY));
        assertThat(rule.resumes()).isTrue();
    }

    @Test
    void aFixedWindowDoesNotResumeAndTheMessageMayReplaceAnEnd() {
        WindowRule rule = new WindowRule(TODAY.minusDays(5), TODAY.minusDays(1), 7, false);
        assertThat(rule.resumes()).isFalse();
        assertThat(rule.window(TODAY, null, null)).isEqualTo(new DateWindow(TODAY.minusDays(5), TODAY.minusDays(1)));
        assertThat(rule.window(TODAY, TODAY.minusDays(3), null))
                .isEqualTo(new DateWindow(TODAY.minusDays(3), TODAY.minusDays(1)));
        assertThatThrownBy(() -> rule.window(TODAY, TODAY, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is before start");
    }

    @Test
    void aLifetimeReportHasNoWindow() {
        WindowRule rule = new WindowRule(null, null, 7, true);
        assertThat(rule.window(TODAY, null, null)).isNull();
        assertThat(rule.endsToday(null)).isFalse();
    }
}
