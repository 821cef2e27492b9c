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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limiters of each TikTok app: TikTok counts an app's requests together, whichever route sends them, and
 * limits its report task creation apart and lower. Keyed by whatever names the app (its id, else its token: the
 * key is never shown).
 */
public final class AppLimits {

    private final Map<String, AppRateLimiter> requests = new ConcurrentHashMap<>();
    private final Map<String, AppRateLimiter> tasks = new ConcurrentHashMap<>();
    /** Limits of their own, under the app's: the sandbox host, an endpoint with a lower documented QPS. */
    private final Map<String, AppRateLimiter> own = new ConcurrentHashMap<>();
    private final Map<String, TaskBudget> taskBudgets = new ConcurrentHashMap<>();

    /** The app's limiter of every request; null when {@code perSecond} is 0 (no limit). */
    public AppRateLimiter requests(String app, double perSecond) {
        return perSecond <= 0 ? null : requests.computeIfAbsent(app, k -> AppRateLimiter.of(perSecond));
    }

    /** The app's limiter of report task creation; null when {@code perSecond} is 0 (no limit of its own). */
    public AppRateLimiter tasks(String app, double perSecond) {
        return perSecond <= 0 ? null : tasks.computeIfAbsent(app, k -> AppRateLimiter.of(perSecond));
    }

    /**
     * A limiter of its own (a host or an endpoint of the app with a lower documented limit), which a new request
     * rate of the app does not change; null when {@code perSecond} is 0.
     */
    public AppRateLimiter own(String key, double perSecond) {
        return perSecond <= 0 ? null : own.computeIfAbsent(key, k -> AppRateLimiter.of(perSecond));
    }

    /** The app's budget of report tasks per advertiser-hour and per day. */
    public TaskBudget taskBudget(String app, int perAdvertiserHour, int perAppDay) {
        return taskBudgets.computeIfAbsent(app, k -> new TaskBudget(perAdvertiserHour, perAppDay));
    }

    /** A new positive request rate, applied at once to the limiters in use. */
    public void setRequestRate(double perSecond) {
        if (perSecond > 0) {
            requests.values().forEach(limiter -> limiter.setRate(perSecond));
        }
    }

    public void clear() {
        requests.clear();
        tasks.clear();
        own.clear();
        taskBudgets.clear();
    }
}
