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
