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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every row of the "Rejected inputs" table of docs/errors.md: the route does not start, the error contains the text the table
 * promises and no secret, and TikTok (here WireMock) sees no request.
 */
class TikTokReportRejectedInputsTest extends TikTokReportTestSupport {

    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| `(.+)` \\| `(.+)` \\|$");
    private static final String COMPONENT_PREFIX = "camel.component.tiktok-report.";
    /** The endpoint of rows that set a component option: valid on its own. */
    private static final String VALID = "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                        + "&startDate=2026-11-01&endDate=2026-11-02";

    static Stream<Arguments> rejectedInputs() throws Exception {
        List<Arguments> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("..", "docs", "errors.md"))) {
            if (line.startsWith("## Rejected inputs")) {
                inTable = true;
            } else if (inTable && line.startsWith("#")) {
                break;
            } else if (inTable) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    rows.add(Arguments.of(Integer.parseInt(row.group(1)), row.group(2).replace("\\|", "|"),
                            row.group(3).replace("\\|", "|")));
                }
            }
        }
        return rows.stream();
    }

    @Test
    void theTableHasFortyRowsOrMore() throws Exception {
        assertThat(rejectedInputs().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rejectedInputs")
    void isRejectedBeforeAnyRequest(int number, String input, String expected) {
        String uri = input;
        if (input.startsWith(COMPONENT_PREFIX)) {
            String[] option = input.substring(COMPONENT_PREFIX.length()).split("=", 2);
            PropertyBindingSupport.build().bind(context, context.getComponent("tiktok-report"),
                    camelCase(option[0]), option[1]);
            uri = VALID;
        }
        String endpoint = uri;
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(endpoint);
            }
        })).satisfies(e -> assertThat(TikTokReportConfigurationErrorsTest.messages(e)).contains(expected)
                .doesNotContain(TOKEN));
    }

    @AfterEach
    void noRequestReachedTikTok() {
        assertThat(allRequests()).as("requests sent to TikTok").isEmpty();
    }

    private static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        for (String part : kebab.split("-")) {
            name.append(name.length() == 0 ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
        return name.toString();
    }
}
