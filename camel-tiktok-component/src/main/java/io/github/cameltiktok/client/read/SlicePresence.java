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

import java.util.List;

import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;

/**
 * Whether an advertiser's campaigns of one slice (TopView, Promote) delivered in a window: a BASIC report of that
 * slice by the level's id alone, one request per 365 days. Cheaper than reading the slice chunk by chunk when the
 * account has none of them.
 */
final class SlicePresence {

    private SlicePresence() {
    }

    static boolean delivered(SyncReportPager pager, ReportRequest report, ReportSlice slice, String advertiserId,
                             DateWindow window, ReadContext context) {
        String id = TikTokReportCatalog.idDimension(report.dataLevel());
        ReportRequest presence = report.toBuilder().reportType("BASIC").dimensions(List.of(id))
                .metrics(List.of("impressions")).orderField(null).orderType(null).enableTotalMetrics(false)
                .queryLifetime(false).slices(List.of()).slice(slice).advertiserIds(null)
                .pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
        long[] rows = { 0 };
        for (DateWindow span : TikTokReportCatalog.chunks(window, presence.dimensions())) {
            pager.readChunk(presence, advertiserId, span, (page, requestId, last) -> rows[0] += page.size(),
                    context);
            if (rows[0] > 0) {
                return true;
            }
        }
        return false;
    }
}
