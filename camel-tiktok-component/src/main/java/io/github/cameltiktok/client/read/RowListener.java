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
import java.util.Map;

/**
 * Receives the reports a {@link ReportReader} reads: each part's rows (an advertiser's window, of one store for GMV
 * Max reports) one complete page at a time, pages in order, then the end of that part's report or its failure.
 */
@FunctionalInterface
public interface RowListener {

    /**
     * @param part      the advertiser (and store) and the whole window the rows belong to
     * @param rows      one page of rows: dimensions and metrics flattened, metrics typed; the listener may keep
     *                  and change the list and its maps
     * @param requestId TikTok's request_id of the page (the task id for a report task)
     * @param lastPage  whether no page of this part's report follows
     */
    void onPage(ReadPart part, List<Map<String, Object>> rows, String requestId, boolean lastPage);

    /** Every row of the part's window was handed on. */
    default void onReportEnd(ReadPart part, ReportResult result) {
    }

    /**
     * Reading the part's window failed; what was handed on of it is all that comes. Throwing ends the whole read
     * (the default); returning lets the reader go on with the next part.
     */
    default void onReportFailed(ReadPart part, RuntimeException failure) {
        throw failure;
    }

    /**
     * True to receive pages as they arrive, so that memory stays flat on any report size (a failed read may then
     * have handed on some rows); false to receive a date chunk's pages once the whole chunk was read.
     */
    default boolean streaming() {
        return false;
    }
}
