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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRowTest {

    private static final String[] NAMES = { "adgroup_id", "stat_time_day", "spend", "clicks" };

    private static ReportRow row(Object... values) {
        return new ReportRow(NAMES, values.clone(), values.length);
    }

    private static Map<String, Object> linked(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void behavesAsAnOrderedMap() throws Exception {
        ReportRow row = row("1", "2026-11-01 00:00:00", null, 7L);
        Map<String, Object> expected = linked("adgroup_id", "1", "stat_time_day", "2026-11-01 00:00:00", "spend", null,
                "clicks", 7L);
        assertThat(row).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(row.keySet()).containsExactly(NAMES);
        assertThat(row.get("clicks")).isEqualTo(7L);
        assertThat(row.containsKey("spend")).isTrue();
        assertThat(row.get("missing")).isNull();
        assertThat(new ObjectMapper().writeValueAsString(row))
                .isEqualTo("{\"adgroup_id\":\"1\",\"stat_time_day\":\"2026-11-01 00:00:00\",\"spend\":null,\"clicks\":7}");
        assertThat(row).hasToString(expected.toString());
    }

    @Test
    void changesStayInTheirRowWhenNamesAreShared() {
        ReportRow first = row("1", "d", 1L, 2L);
        ReportRow second = row("2", "d", 3L, 4L);

        assertThat(first.put("clicks", 9L)).isEqualTo(2L);
        assertThat(first.put("advertiser_id", "700")).isNull();
        assertThat(first.remove("stat_time_day")).isEqualTo("d");
        Iterator<Map.Entry<String, Object>> entries = first.entrySet().iterator();
        entries.next().setValue("one");
        entries.next();
        entries.remove();

        assertThat(first).isEqualTo(linked("adgroup_id", "one", "clicks", 9L, "advertiser_id", "700"));
        assertThat(first.keySet()).containsExactly("adgroup_id", "clicks", "advertiser_id");
        assertThat(second).isEqualTo(linked("adgroup_id", "2", "stat_time_day", "d", "spend", 3L, "clicks", 4L));
        assertThat(NAMES).containsExactly("adgroup_id", "stat_time_day", "spend", "clicks");

        for (int i = 0; i < 10; i++) {
            second.put("extra" + i, i);
        }
        assertThat(second).hasSize(14).containsEntry("extra9", 9);
        second.clear();
        assertThat(second).isEmpty();
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        ReportRow row = row("1", "d", new java.math.BigDecimal("1.50"), 2L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(row);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(row);
        }
    }

    @Test
    void aCutSharedByChunkReadersKeepsEachRowsOwnLayout() throws Exception {
        // two layouts, as pages of two batches read at the same time have: the cut must never mix them
        String[] batchA = { "adgroup_id", "advertiser_id", "currency", "spend" };
        String[] batchB = { "campaign_id", "timezone", "advertiser_id", "clicks", "currency" };
        ReportRow.Reshape cut = ReportRow.Reshape.cut(java.util.Set.of("advertiser_id", "currency", "timezone"));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean first = t % 2 == 0;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        Map<String, Object> cutRow = first
                                ? cut.apply(new ReportRow(batchA, new Object[] { "a" + i, "7", "USD", i }, 4))
                                : cut.apply(new ReportRow(batchB, new Object[] { "c" + i, "UTC", "7", i, "USD" }, 5));
                        Map<String, Object> expected = first ? linked("adgroup_id", "a" + i, "spend", i)
                                : linked("campaign_id", "c" + i, "clicks", i);
                        if (!cutRow.equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).as("every cut row has its own names and values").isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(cut.apply(linked("ad_id", "9", "currency", "USD", "spend", 1))).isEqualTo(linked("ad_id", "9",
                "spend", 1));
    }
}
