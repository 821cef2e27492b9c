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

import java.util.Arrays;
import java.util.Locale;

/** How dimensions, metrics and fields are checked before a request ({@code validateFields}). */
public enum FieldCheck {

    /**
     * {@code true}, the default: names the catalog knows are checked per report type and level; a near miss of a
     * known name is refused with the nearest names; any other name is sent, with a warning: TikTok decides.
     */
    NEW_NAMES_SENT("true"),
    /** {@code strict}: every name the catalog does not know for the report type and level is refused. */
    STRICT("strict"),
    /** {@code false}: nothing refused; names the catalog does not know are sent with a warning. */
    OFF("false");

    private final String option;

    FieldCheck(String option) {
        this.option = option;
    }

    /** The option's value. */
    public String option() {
        return option;
    }

    /** The check a {@code validateFields} value names; null when it names none. */
    public static FieldCheck of(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.option.equals(wanted)).findFirst().orElse(null);
    }

    /** The allowed values, for messages and the option's metadata. */
    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(FieldCheck::option).toList());
    }
}
