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
package io.github.cameltiktok.options;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints an option of the endpoint configuration is read by, on an option that not every endpoint reads:
 * the one list of which option belongs to reports and which to entity tables. An option given to an endpoint that
 * would ignore it fails the start ({@link ResolvedEntities#checkGiven}). Options without it are read by every
 * endpoint (the connection, paging pace, {@code advertiserId}, {@code param.*}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OptionFor {

    /** The endpoints that read the option. */
    Endpoints[] value();

    /** What an endpoint of {@code tiktok-report:} reads. */
    enum Endpoints {
        /** A report: a preset or {@code custom}. */
        REPORTS,
        /** A paged entity table: {@code campaigns}, {@code adgroups}, {@code ads}. */
        PAGED_TABLES,
        /** The {@code advertisers} table, one {@code /advertiser/info/} read. */
        ADVERTISER_TABLE;

        /**
         * The options each annotated field of the configuration class (and its superclasses) names, with the
         * endpoints that read it, in declaration order.
         */
        static Map<String, Set<Endpoints>> readers(Class<?> configuration) {
            Map<String, Set<Endpoints>> readers = new LinkedHashMap<>();
            for (Class<?> type = configuration; type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    OptionFor option = field.getAnnotation(OptionFor.class);
                    if (option != null) {
                        readers.put(field.getName(), EnumSet.copyOf(Arrays.asList(option.value())));
                    }
                }
            }
            return readers;
        }
    }
}
