package io.github.cameltiktok.client;

import java.util.List;
import java.util.Map;

/** Receives a report's rows one complete page at a time, pages in order. */
@FunctionalInterface
public interface RowListener {

    /**
     * @param advertiserId the advertiser the rows belong to
     * @param rows         one page of rows: dimensions and metrics flattened, metrics typed; the listener may keep
     *                     and change the list and its maps
     * @param requestId    TikTok's request_id of the page
     * @param lastPage     whether no page of this report follows
     */
    void onPage(String advertiserId, List<Map<String, Object>> rows, String requestId, boolean lastPage);
}
