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
 */
public record EntityQuery(List<String> fields, Map<String, Object> filtering, boolean includeDeleted, int pageSize,
                          Map<String, String> extraParameters) {

    public EntityQuery {
        fields = List.copyOf(fields);
        filtering = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filtering));
        extraParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
    }

    /** The same query with one filter key set (replacing the query's own). */
    public EntityQuery withFilter(String key, Object value) {
        Map<String, Object> other = new LinkedHashMap<>(filtering);
        other.put(key, value);
        return new EntityQuery(fields, other, includeDeleted, pageSize, extraParameters);
    }
}
