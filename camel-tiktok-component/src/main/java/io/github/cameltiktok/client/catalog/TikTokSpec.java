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
package io.github.cameltiktok.client.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TikTok's own enumerations, as its API spec files ({@code yml_files/*.yml} of TikTok's SDK) list them: the values
 * TikTok's gateway accepts for a parameter. Read once from {@code tiktok-sdk-enums.tsv} beside this class, which
 * names its source; a new TikTok list is a change of that file.
 */
public final class TikTokSpec {

    static final String RESOURCE = "tiktok-sdk-enums.tsv";

    /** "file#parameter" -> its values in the spec's order. */
    private static final Map<String, List<String>> VALUES = load();

    private TikTokSpec() {
    }

    /**
     * The values a spec file lists for one parameter, in its order.
     *
     * @throws IllegalArgumentException when the resource has no such list (a typo in the caller)
     */
    public static List<String> values(String ymlFile, String parameter) {
        List<String> values = VALUES.get(ymlFile + "#" + parameter);
        if (values == null) {
            throw new IllegalArgumentException("TikTok's spec lists no values for " + parameter + " in " + ymlFile);
        }
        return values;
    }

    /** Every list of the resource, keyed "file#parameter". */
    public static Map<String, List<String>> all() {
        return VALUES;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String[] columns : rows(RESOURCE)) {
            // yml_file, parameter, enum_package, value, strictness
            values.computeIfAbsent(columns[0] + "#" + columns[1], k -> new ArrayList<>()).add(columns[3]);
        }
        values.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(values);
    }

    /** The rows of a tab-separated resource beside this class: comments (#) and its header line left out. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TikTokSpec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
