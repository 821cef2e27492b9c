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

/**
 * A window whose rows do not add up to TikTok's own advertiser total on a closed day ({@code reconcile=fail}): rows
 * are missing, or counted twice. Nothing of the window is delivered as complete; the consumer reads it again.
 */
public class ReportMismatchException extends IllegalStateException {

    private final transient ReconcileOutcome outcome;

    public ReportMismatchException(String message, ReconcileOutcome outcome) {
        super(message);
        this.outcome = outcome;
    }

    /** Every figure compared, the mismatching ones with both values. */
    public ReconcileOutcome getOutcome() {
        return outcome;
    }
}
