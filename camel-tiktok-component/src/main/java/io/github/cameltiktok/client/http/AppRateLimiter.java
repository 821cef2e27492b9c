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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The requests one TikTok developer app may send, shared by every endpoint that speaks for it: each request gets a
 * time slot at least one period after the one before (evenly spaced, never a burst), and no window of a second ever
 * holds more requests than the configured rate, counted when they really leave (TikTok counts in one-second windows),
 * even when a thread wakes late; and slower for a while after TikTok throttled one — each throttled answer halves the rate (down to an eighth), each minute without one doubles it
 * again.
 */
public final class AppRateLimiter {

    /** How long a slowdown lasts before the rate doubles again. */
    static final Duration SLOW_FOR = Duration.ofMinutes(1);
    static final int MAX_SLOWDOWN = 8;

    /**
     * The spacing of one rate: the period between slots, and when the last {@code perWindow} requests actually
     * left, oldest first, so that a thread woken late cannot put one request too many into any window of
     * {@code windowNanos} (a second, for a rate of one or more).
     */
    private static final class Pace {
        final long periodNanos;
        final long windowNanos;
        final long[] recentSends;
        int oldest;

        final double requestsPerSecond;

        Pace(double requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
            if (!(requestsPerSecond > 0)) {
                throw new IllegalArgumentException("requestsPerSecond must be > 0");
            }
            // 1% longer than 1/rate, so that network jitter cannot put one request too many into TikTok's window
            periodNanos = Math.max(1, Math.round(1.01e9 / requestsPerSecond));
            recentSends = new long[(int) Math.max(1, Math.floor(requestsPerSecond))];
            windowNanos = periodNanos * recentSends.length;
            java.util.Arrays.fill(recentSends, System.nanoTime() - windowNanos);
        }
    }

    private volatile Pace pace;
    /** The earliest time the next request may go. */
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    /** Periods taken per request: 1 at the configured rate, 2 at half of it, ... */
    private final AtomicInteger slowdown = new AtomicInteger(1);
    private final AtomicLong slowedAt = new AtomicLong(System.nanoTime());

    private AppRateLimiter(double requestsPerSecond) {
        this.pace = new Pace(requestsPerSecond);
    }

    /** A limiter of {@code requestsPerSecond}. */
    public static AppRateLimiter of(double requestsPerSecond) {
        return new AppRateLimiter(requestsPerSecond);
    }

    /** The configured rate, requests per second. */
    public double rate() {
        return pace.requestsPerSecond;
    }

    /**
     * Changes the rate while requests are sent (a worker's share of the app's rate after its group changed): the
     * requests sent in the last window still count against the new rate, so a lower rate takes effect at once.
     */
    public void setRate(double requestsPerSecond) {
        Pace next = new Pace(requestsPerSecond);
        Pace before = pace;
        synchronized (before) {
            // carry the latest sends over, newest last
            int carried = Math.min(next.recentSends.length, before.recentSends.length);
            for (int i = 0; i < carried; i++) {
                int from = Math.floorMod(before.oldest - carried + i, before.recentSends.length);
                next.recentSends[next.recentSends.length - carried + i] = before.recentSends[from];
            }
            pace = next;
        }
    }

    /** Waits for the turn of one request. */
    void acquire(String what) {
        Pace current = pace;
        long period = current.periodNanos * currentSlowdown();
        long slot;
        while (true) {
            long now = System.nanoTime();
            long next = nextSlot.get();
            slot = next - now > 0 ? next : now;
            if (nextSlot.compareAndSet(next, slot + period)) {
                break;
            }
        }
        waitUntil(slot, what);
        // the slots are even, but a thread may wake late: count what really left in the last window
        while (true) {
            long earliest;
            Pace window = pace;
            synchronized (window) {
                if (window != pace) {
                    continue;   // the rate changed meanwhile: count against the new one
                }
                long now = System.nanoTime();
                earliest = window.recentSends[window.oldest] + window.windowNanos;
                if (now - earliest >= 0) {
                    window.recentSends[window.oldest] = now;
                    window.oldest = (window.oldest + 1) % window.recentSends.length;
                    return;
                }
            }
            waitUntil(earliest, what);
        }
    }

    private void waitUntil(long time, String what) {
        for (long wait = time - System.nanoTime(); wait > 0; wait = time - System.nanoTime()) {
            LockSupport.parkNanos(this, wait);
            if (Thread.currentThread().isInterrupted()) {
                throw TikTokApiException.failure(what + ": no request permit from the rate limiter (interrupted)",
                        null);
            }
        }
    }

    /** TikTok throttled a request of this app: send at half the rate for a while. */
    void throttled() {
        slowdown.updateAndGet(s -> Math.min(MAX_SLOWDOWN, s * 2));
        slowedAt.set(System.nanoTime());
    }

    /** Permits per request now: the slowdown, halved for each quiet minute since the last throttled answer. */
    int currentSlowdown() {
        int current = slowdown.get();
        long since = System.nanoTime() - slowedAt.get();
        if (current > 1 && since >= SLOW_FOR.toNanos() && slowdown.compareAndSet(current, current / 2)) {
            slowedAt.set(System.nanoTime());
            return current / 2;
        }
        return current;
    }
}
