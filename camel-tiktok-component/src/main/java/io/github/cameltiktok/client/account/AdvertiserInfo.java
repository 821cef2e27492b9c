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
package io.github.cameltiktok.client.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.http.TikTokApiException;

/**
 * What {@code /advertiser/info/} says about an ad account that its reports depend on: TikTok's dates are days in the
 * account's time zone, and money is in its currency.
 *
 * @param timezone TikTok's name of the zone, as it sent it (e.g. {@code Etc/GMT+10})
 * @param zone     the same as a Java zone
 */
public record AdvertiserInfo(String advertiserId, String currency, String timezone, ZoneId zone) {

    /** The fields asked of {@code /advertiser/info/}. */
    static final List<String> FIELDS = List.of("advertiser_id", "currency", "timezone");

    /** Fields of the account that rows may carry ({@code advertiserFields}). */
    public static final List<String> ROW_FIELDS = List.of("currency", "timezone");

    /** One item of {@code data.list}; null when it names no advertiser. */
    static AdvertiserInfo of(JsonNode item) {
        String id = item.path("advertiser_id").asText(null);
        if (id == null || id.isEmpty()) {
            return null;
        }
        String timezone = item.path("timezone").asText(null);
        return new AdvertiserInfo(id, item.path("currency").asText(null), timezone, zone(id, timezone));
    }

    /**
     * TikTok names zones as the tz database does ({@code America/Los_Angeles}, {@code Etc/GMT-8}); offsets such as
     * {@code UTC+08:00} or {@code GMT+8} are read too.
     */
    private static ZoneId zone(String advertiserId, String timezone) {
        if (timezone == null || timezone.isBlank()) {
            throw TikTokApiException.unusableAnswer("TikTok's /advertiser/info/ gives advertiser " + advertiserId
                    + " no timezone, so the day its reports end is unknown");
        }
        try {
            return ZoneId.of(timezone.trim());
        } catch (DateTimeException e) {
            throw TikTokApiException.unusableAnswer("TikTok's /advertiser/info/ gives advertiser " + advertiserId
                    + " the time zone '" + timezone + "', which is not a zone Java knows", null, e);
        }
    }

    /** A row field of the account: {@code currency} or {@code timezone}. */
    public String field(String name) {
        return switch (name) {
            case "currency" -> currency;
            case "timezone" -> timezone;
            default -> throw new IllegalArgumentException("Unknown advertiser field " + name);
        };
    }
}
