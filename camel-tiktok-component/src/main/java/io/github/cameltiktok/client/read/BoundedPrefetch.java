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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import io.github.cameltiktok.client.http.TikTokApiException;

/**
 * Work started ahead of its consumer, handed over in order, never more than {@code ahead} pieces in flight: the next
 * pages of a chunk while one is handed on, the next chunks while one advertiser's rows are delivered. Closing it
 * cancels what was not taken.
 */
final class BoundedPrefetch<T> implements AutoCloseable {

    private final Iterator<? extends Callable<T>> work;
    private final java.util.function.IntSupplier ahead;
    private final Executor executor;
    private final Deque<Future<T>> inFlight;

    /**
     * @param ahead    the most pieces started and not taken
     * @param executor runs the pieces; {@code Runnable::run} runs each as it is started
     */
    BoundedPrefetch(Iterator<? extends Callable<T>> work, int ahead, Executor executor) {
        this(work, () -> ahead, executor);
    }

    /** @param ahead the most pieces started and not taken, asked anew each time pieces are started (adaptive) */
    BoundedPrefetch(Iterator<? extends Callable<T>> work, java.util.function.IntSupplier ahead, Executor executor) {
        this.work = work;
        this.ahead = ahead;
        this.executor = executor;
        this.inFlight = new ArrayDeque<>();
    }

    /** Starts pieces until {@code ahead} are in flight or none is left. */
    void topUp() {
        int limit = Math.max(1, ahead.getAsInt());
        while (work.hasNext() && inFlight.size() < limit) {
            FutureTask<T> task = new FutureTask<>(work.next());
            inFlight.add(task);
            executor.execute(task);
        }
    }

    boolean hasNext() {
        return !inFlight.isEmpty() || work.hasNext();
    }

    /** The next piece's result, waited for; its failure is rethrown as it happened. */
    T take() {
        topUp();
        return await(inFlight.poll());
    }

    /** Gives the next piece up without waiting for it. */
    void skip() {
        topUp();
        inFlight.poll().cancel(true);
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    /**
     * The result of work running on another thread; its failure is rethrown as it happened (a
     * {@link TikTokApiException} stays one), so callers see the same errors as from work on their own thread.
     */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw TikTokApiException.failure("Reading the report failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TikTokApiException.failure("Interrupted while reading the report", e);
        } catch (CancellationException e) {
            throw TikTokApiException.failure("The report read was cancelled", e);
        }
    }
}
