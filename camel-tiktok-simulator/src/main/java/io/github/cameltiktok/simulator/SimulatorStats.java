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
package io.github.cameltiktok.simulator;

import java.util.concurrent.atomic.AtomicLong;

/** What the simulator served: benchmarks and fault tests compare it with what a route received. */
public final class SimulatorStats {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    final AtomicLong truncated = new AtomicLong();

    /** Requests answered, errors included. */
    public long requests() {
        return requests.get();
    }

    /** Answers with a non-zero code. */
    public long errors() {
        return errors.get();
    }

    /** Answers with code 40100 (too many requests). */
    public long throttled() {
        return throttled.get();
    }

    /** Report rows served. */
    public long rows() {
        return rows.get();
    }

    /** Synchronous answers truncated to the newest ads (with {@code X-Tt-Ads-Throttle}). */
    public long truncated() {
        return truncated.get();
    }

    public void reset() {
        truncated.set(0);
        requests.set(0);
        errors.set(0);
        throttled.set(0);
        rows.set(0);
    }
}
