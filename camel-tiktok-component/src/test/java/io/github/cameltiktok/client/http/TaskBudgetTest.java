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
package io.github.cameltiktok.client.http;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskBudgetTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void anAdvertisersHourAndTheAppsDayAreBudgetedApart() {
        AtomicLong now = new AtomicLong(1_000 * MINUTE);
        TaskBudget budget = new TaskBudget(2, 3, now::get);

        assertThat(budget.take("111")).isNull();
        assertThat(budget.take("111")).isNull();
        assertThat(budget.take("111")).isEqualTo("advertiser 111's 2 report tasks of the last hour");
        assertThat(budget.take("222")).as("another advertiser has its own hour").isNull();
        assertThat(budget.take("333")).isEqualTo("the app's 3 report tasks of the last 24 hours");

        now.addAndGet(61 * MINUTE);
        assertThat(budget.take("111")).as("the app's day is still spent").isNotNull();
        now.addAndGet(24 * 60 * MINUTE);
        assertThat(budget.take("111")).as("a day later both budgets are free").isNull();
    }
}
