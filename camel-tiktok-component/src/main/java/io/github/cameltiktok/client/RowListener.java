package io.github.cameltiktok.client;

import java.util.List;
import java.util.Map;

/** Receives a report's rows one complete page at a time, pages in order. */
@FunctionalInterface
public interface RowListener {

    /**
     * @param advertiserId the advertiser the rows belong to
     * @param rows         one page of rows: dimensions and metrics flattened, metrics typed
     */
    void onPage(String advertiserId, List<Map<String, Object>> rows);
}
