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

import java.time.LocalDate;
import java.util.List;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.TestTransports;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which advertisers share a request: those whose window is one request, up to the batch size, in order. */
class AdvertiserBatchesTest {

    private static final DateWindow WEEK = new DateWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));
    private static final DateWindow OTHER_WEEK = new DateWindow(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8));
    private static final DateWindow TWO_MONTHS = new DateWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
    private static final ReportRequest CAMPAIGNS = ReportRequest.builder().serviceType("AUCTION").reportType("BASIC")
            .dataLevel("AUCTION_CAMPAIGN").dimensions(List.of("campaign_id", "stat_time_day"))
            .metrics(List.of("spend")).pageSize(1000).build();

    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);

    @AfterEach
    void stop() throws Exception {
        http.close();
    }

    /** Batches of the given size; no request is sent to group. */
    private AdvertiserBatches batches(int size) {
        HttpTransport transport = TestTransports.of(http, "http://127.0.0.1:9", () -> "t",
                new ReportStatistics());
        return new AdvertiserBatches(CAMPAIGNS, size,
                new SyncReportPager(transport, ReportKinds.of("BASIC"), null, null));
    }

    private static List<List<String>> ids(List<List<ReadPart>> groups) {
        return groups.stream().map(group -> group.stream().map(ReadPart::advertiserId).toList()).toList();
    }

    /** A window is one request up to 30 days (TikTok's daily span). */
    private static List<DateWindow> chunks(DateWindow window) {
        return window == TWO_MONTHS ? List.of(new DateWindow(window.start(), window.start().plusDays(29)),
                new DateWindow(window.start().plusDays(30), window.end())) : List.of(window);
    }

    @Test
    void advertisersOfOneWindowShareRequestsUpToTheSizeInTheirOrder() {
        List<ReadPart> parts = List.of(new ReadPart("1", WEEK), new ReadPart("2", OTHER_WEEK),
                new ReadPart("3", WEEK), new ReadPart("4", WEEK), new ReadPart("5", OTHER_WEEK),
                new ReadPart("6", TWO_MONTHS), new ReadPart("7", WEEK));

        assertThat(ids(batches(2).groups(parts, AdvertiserBatchesTest::chunks))).containsExactly(
                List.of("1", "3"), List.of("2", "5"), List.of("4", "7"), List.of("6"));
    }

    @Test
    void sizeOneReadsEachAdvertiserAlone() {
        List<ReadPart> parts = List.of(new ReadPart("1", WEEK), new ReadPart("2", WEEK));
        assertThat(ids(batches(1).groups(parts, AdvertiserBatchesTest::chunks)))
                .containsExactly(List.of("1"), List.of("2"));
    }
}
