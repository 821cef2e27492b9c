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

import java.util.ArrayList;
import java.util.List;

/** TikTok's ids as users give them: numeric, comma-separated, each kept once. */
public final class TikTokIds {

    private TikTokIds() {
    }

    /**
     * @param source where the ids came from ({@code option advertiserId}, {@code header CamelTikTokAdvertiserId})
     * @param kind   what the ids are of ({@code advertiser}, {@code store}), for messages
     * @param errors where a missing or bad id is told
     */
    public static List<String> parse(String value, String source, String kind, List<String> errors) {
        if (value == null || value.isBlank()) {
            errors.add("Missing " + source + ": give a TikTok " + kind + " id, or several separated by commas");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : value.split(",")) {
            String trimmed = id.trim();
            if (trimmed.isEmpty() || !trimmed.chars().allMatch(Character::isDigit)) {
                errors.add("Invalid value '" + id + "' for " + source
                           + ". Allowed values: numeric " + kind + " ids, comma-separated");
            } else if (!ids.contains(trimmed)) {
                ids.add(trimmed);
            }
        }
        return List.copyOf(ids);
    }
}
