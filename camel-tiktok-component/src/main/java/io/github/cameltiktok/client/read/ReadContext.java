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

import java.util.Objects;
import java.util.function.BooleanSupplier;

import io.github.cameltiktok.client.ReportStatistics;

/**
 * What travels with one read, from the consumer's poll or the producer's exchange down to each request: whether it
 * may go on (false once the route stops or the poll's time is up), what the endpoint calls itself in log lines, and
 * where the read is counted.
 *
 * @param runAllowed false once the read should end; a read ends before its next request, page or wait
 * @param label      the endpoint, for log lines ({@code tiktok-report:adgroup-summary})
 * @param statistics the endpoint's figures: rows, reports, recoveries, report tasks, reconciliation checks
 */
public record ReadContext(BooleanSupplier runAllowed, String label, ReportStatistics statistics) {

    public ReadContext {
        Objects.requireNonNull(runAllowed, "runAllowed");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(statistics, "statistics");
    }

    /** Whether the read may go on. */
    public boolean running() {
        return runAllowed.getAsBoolean();
    }
}
