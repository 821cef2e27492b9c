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
package io.github.cameltiktok.client.model;

import java.util.Locale;

/** How a report is read: TikTok's synchronous report, its asynchronous report tasks, or sync with recovery. */
public enum ReadMode {
    /** Synchronous pages; a chunk TikTok truncates or finds too large is read again completely (task or split). */
    AUTO,
    /** Synchronous pages only; a truncated chunk fails. */
    SYNC,
    /** One asynchronous report task per advertiser and window: create, check until done, download the CSV. */
    ASYNC;

    /** The option value: auto, sync or async. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
