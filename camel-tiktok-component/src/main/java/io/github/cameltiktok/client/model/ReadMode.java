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
