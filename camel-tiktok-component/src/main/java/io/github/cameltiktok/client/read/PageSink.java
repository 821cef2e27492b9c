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
