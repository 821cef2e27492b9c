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

/**
 * What the transport tells about the requests it sends: where an endpoint counts them (its statistics). The HTTP
 * layer knows no more of the layers above it.
 */
public interface RequestCounters {

    /** A request is sent. */
    void request();

    /** A request is sent again after a failure; {@code throttledAnswer} when TikTok said the rate was exceeded. */
    void retry(boolean throttledAnswer);

    /** A throttled answer that was not retried (patience spent). */
    void throttledGivenUp();

    /** How long one answer took. */
    void latency(long nanos);

    /** A request TikTok answered, with its request id. */
    void answered(String requestId);
}
