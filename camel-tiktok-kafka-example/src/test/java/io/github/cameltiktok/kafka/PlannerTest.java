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
package io.github.cameltiktok.kafka;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Planner planner(int lookbackDays, int windowDays) {
        return new Planner(ScaleOutSettings.defaults("kafka:9092", "zk:2181", "https://business-api.tiktok.com", "t",
                List.of("1", "2"), TODAY.minusDays(9)).withPlanning(lookbackDays, windowDays, 1000));
    }

    @Test
    void aNewAdvertiserIsBackfilledFromTheStartDateInWindows() {
        Planner.Plan plan = planner(7, 4).plan(Map.of("2", TODAY), TODAY);
        assertThat(plan.items()).containsExactly(
                new WorkItem("1", TODAY.minusDays(9), TODAY.minusDays(6)),
                new WorkItem("1", TODAY.minusDays(5), TODAY.minusDays(2)),
                new WorkItem("1", TODAY.minusDays(1), TODAY));
        assertThat(plan.planned()).containsExactly(Map.entry("1", TODAY));
    }

    @Test
    void aNewDayIsPlannedWithTheLookbackOnceAndNotAgainTheSameDay() {
        Planner.Plan plan = planner(3, 30).plan(Map.of("1", TODAY.minusDays(1), "2", TODAY.minusDays(1)), TODAY);
        assertThat(plan.items()).containsExactly(new WorkItem("1", TODAY.minusDays(3), TODAY),
                new WorkItem("2", TODAY.minusDays(3), TODAY));
        assertThat(planner(3, 30).plan(plan.planned(), TODAY).items()).isEmpty();
    }

    @Test
    void anAdvertiserNoLongerListedIsNotPlannedAndResumesFromItsLastDayWhenListedAgain() {
        Planner planner = planner(1, 30);
        Map<String, LocalDate> state = Map.of("1", TODAY.minusDays(3), "2", TODAY.minusDays(3));
        Planner.Plan without = planner.plan(List.of("1"), state, advertiser -> TODAY);
        assertThat(without.items()).extracting(WorkItem::advertiserId).containsOnly("1");
        assertThat(without.planned()).containsOnlyKeys("1");
        Planner.Plan back = planner.plan(List.of("1", "2"), Map.of("1", TODAY, "2", TODAY.minusDays(3)),
                advertiser -> TODAY);
        assertThat(back.items()).containsExactly(new WorkItem("2", TODAY.minusDays(3), TODAY));
    }

    @Test
    void theLookbackNeverReachesBeforeTheStartDate() {
        Planner.Plan plan = planner(30, 30).plan(Map.of("1", TODAY.minusDays(1), "2", TODAY), TODAY);
        assertThat(plan.items()).containsExactly(new WorkItem("1", TODAY.minusDays(9), TODAY));
    }

    @Test
    void eachAdvertisersItemsEndOnItsOwnDay() {
        // advertiser 1's account is a day ahead of advertiser 2's (e.g. Etc/GMT-12 and Etc/GMT+10 at noon UTC)
        Planner.Plan plan = planner(3, 30).plan(List.of("1", "2"), Map.of("1", TODAY.minusDays(1), "2",
                TODAY.minusDays(2)), id -> "1".equals(id) ? TODAY : TODAY.minusDays(1));
        assertThat(plan.items()).containsExactly(new WorkItem("1", TODAY.minusDays(3), TODAY),
                new WorkItem("2", TODAY.minusDays(4), TODAY.minusDays(1)));
        assertThat(plan.planned()).containsExactly(Map.entry("1", TODAY), Map.entry("2", TODAY.minusDays(1)));
    }
}
