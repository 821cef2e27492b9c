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
import java.util.Map;

/** The pages of one chunk, kept until the chunk was read whole. */
final class ChunkBuffer implements PageSink {
    private final List<List<Map<String, Object>>> pages = new ArrayList<>();
    private final List<String> requestIds = new ArrayList<>();
    private final List<Boolean> lasts = new ArrayList<>();
    ReportResult result;
    /** Why the chunk could not be read, when it could not. */
    RuntimeException failure;

    static ChunkBuffer failed(RuntimeException failure) {
        ChunkBuffer buffer = new ChunkBuffer();
        buffer.failure = failure;
        return buffer;
    }

    @Override
    public void page(List<Map<String, Object>> rows, String requestId, boolean last) {
        pages.add(rows);
        requestIds.add(requestId);
        lasts.add(last);
    }

    void clear() {
        pages.clear();
        requestIds.clear();
        lasts.clear();
    }

    /** Whether no row was kept. */
    boolean isEmpty() {
        return pages.stream().allMatch(List::isEmpty);
    }

    /**
     * Leaves out the rows a filter refuses.
     *
     * @return how many were left out
     */
    int retain(java.util.function.Predicate<Map<String, Object>> keep) {
        int before = pages.stream().mapToInt(List::size).sum();
        pages.replaceAll(rows -> rows.stream().filter(keep)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
        return before - pages.stream().mapToInt(List::size).sum();
    }

    void drainTo(PageSink sink) {
        for (int i = 0; i < pages.size(); i++) {
            sink.page(pages.get(i), requestIds.get(i), lasts.get(i));
        }
        clear();
    }
}
