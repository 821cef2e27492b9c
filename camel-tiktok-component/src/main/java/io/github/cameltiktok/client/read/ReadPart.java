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

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.model.DateWindow;

/**
 * One advertiser's window (of one TikTok Shop for GMV Max reports); a null window is a lifetime report.
 *
 * @param storeId   the store of a GMV Max report, else null
 * @param rowFields fields added at the end of each of its rows (the account's currency and time zone when asked);
 *                  its ids lead every row ({@link #leadingFields()})
 * @param currency  the account's currency when it was looked up (totals over advertisers are kept per currency),
 *                  else null
 * @param zone      the account's time zone when it was looked up (its days end there), else null
 * @param idField   the field that names the part's id in its rows ({@code advertiser_id}; {@code bc_id} for a
 *                  Business Center report, whose rows keep TikTok's own {@code advertiser_id})
 */
public record ReadPart(String advertiserId, String storeId, DateWindow window, Map<String, Object> rowFields,
                       String currency, ZoneId zone, String idField) {

    public static final String ADVERTISER_ID = "advertiser_id";

    public ReadPart {
        rowFields = Collections.unmodifiableMap(new LinkedHashMap<>(rowFields));
        idField = idField == null ? ADVERTISER_ID : idField;
    }

    public ReadPart(String advertiserId, DateWindow window) {
        this(advertiserId, null, window, Map.of(), null, null, ADVERTISER_ID);
    }

    /**
     * The fields that lead each of its rows, whatever the number of advertisers read: its id (see {@code idField}),
     * then {@code store_id} of a GMV Max report. One row shape for one advertiser or many.
     */
    public Map<String, Object> leadingFields() {
        return storeId == null ? Map.of(idField, advertiserId) : orderedOf(idField, advertiserId, "store_id", storeId);
    }

    private static Map<String, Object> orderedOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** The same advertiser and store over other days. */
    public ReadPart withWindow(DateWindow other) {
        return new ReadPart(advertiserId, storeId, other, rowFields, currency, zone, idField);
    }

    /** What the part is read for, in log lines and messages: its advertiser, and its store if any. */
    public String describe() {
        return "advertiser " + advertiserId + (storeId == null ? "" : " (store " + storeId + ")");
    }
}
