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

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one read, logged at INFO every {@code progressEvery} once the read has run that long: quiet for
 * short reads, a steady trickle of lines and a summary for long ones.
 */
final class ReadProgress {
    private static final Logger LOG = LoggerFactory.getLogger(ReadProgress.class);

    /** What the reader calls itself in log lines. */
    private final String label;
    /** How often a long read logs its progress; zero: never. */
    private final Duration every;
    private final long started = System.nanoTime();
    private final int totalChunks;
    private final int advertisers;
    private long lastLog = started;
    private int chunksDone;
    long rows;
    int failed;
    private boolean logged;

    ReadProgress(String label, Duration every, int totalChunks, int advertisers) {
        this.label = label;
        this.every = every;
        this.totalChunks = totalChunks;
        this.advertisers = advertisers;
    }

    void chunkDone(ReadPart chunk) {
        chunksDone++;
        long everyNanos = every.toNanos();
        long now = System.nanoTime();
        if (everyNanos <= 0 || now - lastLog < everyNanos) {
            return;
        }
        lastLog = now;
        logged = true;
        double seconds = (now - started) / 1e9;
        long rate = Math.round(rows / Math.max(seconds, 1e-3));
        long left = Math.round(seconds / chunksDone * (totalChunks - chunksDone));
        LOG.info("{}: {}, chunk {} of {} ({}) done, {} rows so far, {} rows/s, about {} s left",
                label, chunk.describe(), chunksDone, totalChunks,
                chunk.window() == null ? "lifetime" : chunk.window(), rows, rate, left);
    }

    void summary() {
        if (logged) {
            LOG.info("{}: read {} rows of {} advertisers ({} date chunks) in {} s{}", label, rows,
                    advertisers, chunksDone, Math.round((System.nanoTime() - started) / 1e9),
                    failed == 0 ? "" : ", " + failed + " failed");
        }
    }
}
