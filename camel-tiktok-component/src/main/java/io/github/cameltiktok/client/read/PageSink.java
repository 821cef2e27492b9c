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

/** Where the readers of one report chunk hand its rows, one complete page at a time, in order. */
@FunctionalInterface
public interface PageSink {

    /**
     * @param rows      one page of rows: dimensions and metrics flattened, metrics typed; the sink may keep them
     * @param requestId TikTok's request_id of the page (of the report task for asynchronous reports)
     * @param last      whether no page of this chunk follows
     */
    void page(List<Map<String, Object>> rows, String requestId, boolean last);

    /** This sink, told that more pages of the chunk follow whatever its reader thinks (a part that is not the last). */
    default PageSink notLast() {
        return (rows, requestId, last) -> page(rows, requestId, false);
    }
}
