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
package io.github.cameltiktok.client;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.http.AccessTokenSource;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** The transport the client's unit tests read a stand-in with: no retries, no rate limit, five-second reads. */
public final class TestTransports {

    private TestTransports() {
    }

    public static HttpTransport of(CloseableHttpClient http, String baseUrl, AccessTokenSource token,
                                   ReportStatistics statistics) {
        return new HttpTransport(http, new ObjectMapper(), baseUrl,
                new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO), null, token,
                new HttpTransport.Deadlines(Duration.ofSeconds(5), Duration.ZERO, null), statistics);
    }
}
