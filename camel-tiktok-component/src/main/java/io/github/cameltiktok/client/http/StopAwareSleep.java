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

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way the client waits (between retries, between checks of a report task): in short steps, so that a stop
 * is noticed within {@link #STOP_CHECK_MILLIS}, and an interrupt fails the read instead of being swallowed.
 */
public final class StopAwareSleep {

    /** A stop is noticed within this time while waiting. */
    public static final long STOP_CHECK_MILLIS = 200;

    private StopAwareSleep() {
    }

    /**
     * Waits {@code millis}, or throws what {@code stopped} gives as soon as {@code runAllowed} turns false.
     */
    public static void sleep(long millis, BooleanSupplier runAllowed, Supplier<? extends RuntimeException> stopped) {
        long end = System.nanoTime() + millis * 1_000_000;
        for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
            if (!runAllowed.getAsBoolean()) {
                throw stopped.get();
            }
            sleep(Math.min(left, STOP_CHECK_MILLIS));
        }
    }

    /** Waits, turning an interrupt (a stopping route) into a failure of the read. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TikTokApiException.failure("Interrupted while waiting for TikTok", e);
        }
    }
}
