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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.cameltiktok.client.http.TikTokApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPrefetchTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void handsResultsOverInOrderWhateverOrderTheyFinishIn() {
        List<Callable<Integer>> work = IntStream.range(0, 10).<Callable<Integer>>mapToObj(i -> () -> {
            Thread.sleep((10 - i) * 3L);   // later pieces finish first
            return i;
        }).toList();
        List<Integer> taken = new ArrayList<>();
        try (BoundedPrefetch<Integer> prefetch = new BoundedPrefetch<>(work.iterator(), 3, threads)) {
            while (prefetch.hasNext()) {
                taken.add(prefetch.take());
            }
        }
        assertThat(taken).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void neverStartsMoreThanAheadPiecesBeforeTheyAreTaken() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Callable<Integer>> work = IntStream.range(0, 10).<Callable<Integer>>mapToObj(i -> () -> {
            started.incrementAndGet();
            release.await(5, TimeUnit.SECONDS);
            return i;
        }).toList();
        try (BoundedPrefetch<Integer> prefetch = new BoundedPrefetch<>(work.iterator(), 2, threads)) {
            prefetch.topUp();
            prefetch.topUp();
            // the pieces block until released: only two may have been handed to the threads
            assertThat(started.get()).isLessThanOrEqualTo(2);
            release.countDown();
            assertThat(prefetch.take()).isZero();
            prefetch.topUp();
            assertThat(started.get()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aFailureIsRethrownAsItHappenedAndClosingCancelsTheRest() {
        AtomicInteger ran = new AtomicInteger();
        List<Callable<Integer>> work = List.of(() -> {
            throw TikTokApiException.noAnswer("GET /x failed", true);
        }, () -> ran.incrementAndGet());
        BoundedPrefetch<Integer> prefetch = new BoundedPrefetch<>(work.iterator(), 1, Runnable::run);
        assertThatThrownBy(prefetch::take).isInstanceOf(TikTokApiException.class).hasMessage("GET /x failed");
        prefetch.close();
        assertThat(ran.get()).as("the second piece was never started").isZero();
    }

    @Test
    void aSkippedPieceIsCancelled() {
        List<Callable<Integer>> work = List.of(() -> 1, () -> 2);
        try (BoundedPrefetch<Integer> prefetch = new BoundedPrefetch<>(work.iterator(), 1, r -> { })) {
            prefetch.skip();   // never run: the executor drops it, the skip cancels it
            assertThat(prefetch.hasNext()).isTrue();
        }
    }
}
