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
package io.github.cameltiktok;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A row or object as JSON text, numbers as numbers: what the Kamelet {@code tiktok-report-source} sends. It uses
 * the component's own Jackson, so a route using the Kamelet needs no JSON data format (camel-jackson) beside it.
 */
public final class TikTokRowJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TikTokRowJson() {
    }

    /** The body as JSON text (a row's map, a list of rows, an object of an entity table). */
    public static String write(Object body) throws JsonProcessingException {
        return MAPPER.writeValueAsString(body);
    }
}
