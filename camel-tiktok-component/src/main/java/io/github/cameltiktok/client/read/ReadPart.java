package io.github.cameltiktok.client.read;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.model.DateWindow;

/**
 * One advertiser's window (of one TikTok Shop for GMV Max reports); a null window is a lifetime report.
 *
 * @param storeId   the store of a GMV Max report, else null
 * @param rowFields fields added to each of its rows (the advertiser's id when several are read, the store's id,
 *                  its currency and time zone when asked)
 * @param currency  the account's currency when it was looked up (totals over advertisers are kept per currency),
 *                  else null
 * @param zone      the account's time zone when it was looked up (its days end there), else null
 */
public record ReadPart(String advertiserId, String storeId, DateWindow window, Map<String, Object> rowFields,
                       String currency, ZoneId zone) {

    public ReadPart {
        rowFields = Collections.unmodifiableMap(new LinkedHashMap<>(rowFields));
    }

    public ReadPart(String advertiserId, DateWindow window) {
        this(advertiserId, null, window, Map.of(), null, null);
    }

    /** The same advertiser and store over other days. */
    public ReadPart withWindow(DateWindow other) {
        return new ReadPart(advertiserId, storeId, other, rowFields, currency, zone);
    }

    /** What the part is read for, in log lines and messages: its advertiser, and its store if any. */
    public String describe() {
        return "advertiser " + advertiserId + (storeId == null ? "" : " (store " + storeId + ")");
    }
}
