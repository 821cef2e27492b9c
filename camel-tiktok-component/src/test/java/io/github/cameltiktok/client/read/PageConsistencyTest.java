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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks that a chunk's pages add up, page by page, before any row of a page is handed on. */
class PageConsistencyTest {

    private static final DateWindow DAYS = new DateWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
    private static final ReportRequest REQUEST = ReportRequest.builder().serviceType("AUCTION").reportType("BASIC")
            .dataLevel("AUCTION_CAMPAIGN").dimensions(List.of("campaign_id", "stat_time_day"))
            .metrics(List.of("spend")).pageSize(2).build();

    private final List<List<Map<String, Object>>> handedOn = new ArrayList<>();
    private final PageSink sink = (rows, requestId, last) -> handedOn.add(rows);

    private static ReportPageParser.ReportPage page(int number, long total, String... campaigns) {
        ReportPageParser.ReportPage page = new ReportPageParser.ReportPage();
        page.pageNumber = number;
        page.pageSize = 2;
        page.totalNumber = total;
        page.totalPage = (int) ((total + 1) / 2);
        page.requestId = "req-" + number;
        for (String campaign : campaigns) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("campaign_id", campaign);
            row.put("stat_time_day", "2026-11-01 00:00:00");
            page.rows.add(row);
        }
        page.items = campaigns.length;
        return page;
    }

    private PageConsistency consistency() {
        return new PageConsistency(REQUEST, "7001", DAYS, new ReportStatistics());
    }

    @Test
    void pagesThatAddUpAreHandedOnAndCounted() {
        PageConsistency pages = consistency();
        assertThat(pages.deliver(page(1, 3, "1", "2"), sink)).isTrue();
        assertThat(pages.deliver(page(2, 3, "3"), sink)).isFalse();
        assertThat(handedOn).hasSize(2);
        assertThat(pages.result().totalNumber()).isEqualTo(3);
        assertThat(pages.result().pages()).isEqualTo(2);
        assertThat(pages.result().requestId()).isEqualTo("req-2");
    }

    @Test
    void aRowSeenTwiceFailsThePageBeforeItIsHandedOn() {
        PageConsistency pages = consistency();
        pages.deliver(page(1, 4, "1", "2"), sink);
        assertThatThrownBy(() -> pages.deliver(page(2, 4, "2", "3"), sink))
                .isInstanceOf(ReportInconsistentException.class).hasMessageContaining("came back twice");
        assertThat(handedOn).hasSize(1);
    }

    @Test
    void totalsThatChangeBetweenPagesFailTheChunk() {
        PageConsistency pages = consistency();
        pages.deliver(page(1, 4, "1", "2"), sink);
        assertThatThrownBy(() -> pages.deliver(page(2, 5, "3", "4"), sink))
                .isInstanceOf(ReportInconsistentException.class).hasMessageContaining("announced total_number 5");
    }

    @Test
    void anotherPageThanTheOneAskedFailsTheChunk() {
        PageConsistency pages = consistency();
        pages.deliver(page(1, 4, "1", "2"), sink);
        assertThatThrownBy(() -> pages.deliver(page(1, 4, "3", "4"), sink))
                .isInstanceOf(ReportInconsistentException.class).hasMessageContaining("page 2 was asked");
    }

    @Test
    void fewerRowsThanAnnouncedFailTheLastPage() {
        PageConsistency pages = consistency();
        pages.deliver(page(1, 4, "1", "2"), sink);
        ReportPageParser.ReportPage short2 = page(2, 4, "3");
        assertThatThrownBy(() -> pages.deliver(short2, sink)).isInstanceOf(ReportInconsistentException.class)
                .hasMessageContaining("3 rows came in 2 pages, page_info announced 4");
    }

    @Test
    void aTruncatedAnswerIsNeverHandedOn() {
        ReportPageParser.ReportPage truncated = page(1, 2, "1", "2");
        truncated.adsThrottle = "ads_throttle";
        assertThatThrownBy(() -> consistency().deliver(truncated, sink)).isInstanceOf(ReportTruncatedException.class);
        assertThat(handedOn).isEmpty();
    }
}
