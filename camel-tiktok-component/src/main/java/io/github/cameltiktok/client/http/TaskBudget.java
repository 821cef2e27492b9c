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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * TikTok's budgets of asynchronous report tasks besides their rate: so many per advertiser in any hour and per app
 * in any day (its async guide: 500 and 4,500). A task that would go beyond either is not created; the caller reads
 * the chunk another way, or fails saying which budget is spent. Shared by every endpoint of one app.
 */
public final class TaskBudget {

    private static final long HOUR_NANOS = 3_600_000_000_000L;
    private static final long DAY_NANOS = 24 * HOUR_NANOS;

    private final int perAdvertiserHour;
    private final int perAppDay;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> byAdvertiser = new HashMap<>();
    private final Deque<Long> app = new ArrayDeque<>();

    public TaskBudget(int perAdvertiserHour, int perAppDay) {
        this(perAdvertiserHour, perAppDay, System::nanoTime);
    }

    TaskBudget(int perAdvertiserHour, int perAppDay, LongSupplier clock) {
        this.perAdvertiserHour = perAdvertiserHour;
        this.perAppDay = perAppDay;
        this.clock = clock;
    }

    /**
     * Takes one task of the advertiser's and the app's budget.
     *
     * @return null when taken, else which budget is spent (nothing is taken then)
     */
    public synchronized String take(String advertiserId) {
        long now = clock.getAsLong();
        drop(app, now - DAY_NANOS);
        Deque<Long> advertiser = byAdvertiser.computeIfAbsent(advertiserId, id -> new ArrayDeque<>());
        drop(advertiser, now - HOUR_NANOS);
        if (app.size() >= perAppDay) {
            return "the app's " + perAppDay + " report tasks of the last 24 hours";
        }
        if (advertiser.size() >= perAdvertiserHour) {
            return "advertiser " + advertiserId + "'s " + perAdvertiserHour + " report tasks of the last hour";
        }
        app.addLast(now);
        advertiser.addLast(now);
        return null;
    }

    private static void drop(Deque<Long> times, long before) {
        while (!times.isEmpty() && times.peekFirst() - before < 0) {
            times.removeFirst();
        }
    }
}
