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
package io.github.cameltiktok.client.catalog;

import java.util.List;

import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;

/**
 * How a kind's report is compared with TikTok's own total of each day ({@code reconcile}), as the kind decides it.
 *
 * @param notComparable why the report's windows are not compared, or null when they are
 * @param metrics       the report's metrics that TikTok's total has and that add up over rows: those compared
 * @param totals        the report of TikTok's total per day the delivered rows are summed against; null when not
 *                      comparable
 * @param leftOut       the campaigns the report leaves out and TikTok's total holds: a window is compared only for an
 *                      advertiser that has none of them in it
 * @param promote       the report of the Promote campaigns' rows, compared without when TikTok's total may not hold
 *                      them (not documented); null when the report reads no Promote campaigns
 */
public record ReconcileCheck(String notComparable, List<String> metrics, ReportRequest totals,
                             List<ReportSlice> leftOut, ReportRequest promote) {

    public ReconcileCheck {
        metrics = List.copyOf(metrics);
        leftOut = List.copyOf(leftOut);
    }

    /** A report whose windows are not compared, and why. */
    public static ReconcileCheck notComparable(String why) {
        return new ReconcileCheck(why, List.of(), null, List.of(), null);
    }
}
