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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one entity read asks TikTok for, checked and immutable.
 *
 * @param fields          TikTok's {@code fields}
 * @param filtering       TikTok's filtering object, keys in order; empty for none
 * @param includeDeleted  deleted objects listed too (with their status), unless {@code filtering} names a status
 * @param pageSize        TikTok's {@code page_size}
 * @param extraParameters further query parameters ({@code param.*}), sent as given
 * @param scope           the buying types and campaign origins listed, unless {@code filtering} names them
 */
public record EntityQuery(List<String> fields, Map<String, Object> filtering, boolean includeDeleted, int pageSize,
                          Map<String, String> extraParameters, CampaignScope scope) {

    public EntityQuery {
        fields = List.copyOf(fields);
        filtering = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filtering));
        extraParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
        scope = scope == null ? CampaignScope.ALL : scope;
    }

    /** The same query with one filter key set (replacing the query's own). */
    public EntityQuery withFilter(String key, Object value) {
        Map<String, Object> other = new LinkedHashMap<>(filtering);
        other.put(key, value);
        return new EntityQuery(fields, other, includeDeleted, pageSize, extraParameters, scope);
    }

    /** The same query with another page size. */
    public EntityQuery withPageSize(int other) {
        return new EntityQuery(fields, filtering, includeDeleted, other, extraParameters, scope);
    }
}
