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
package io.github.cameltiktok.docs;

import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A description changed in the component JSON changes the options table and the adoc. */
class OptionDocsTest {

    private ObjectNode componentJson() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltiktok/tiktok-report.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    @Test
    void aChangedDescriptionReachesEveryGeneratedText() throws Exception {
        ObjectNode json = componentJson();
        String changed = "Days read again on every poll, as restated by TikTok (changed for this test).";
        ((ObjectNode) json.path("properties").path("lookbackDays")).put("description", changed);
        ((ObjectNode) json.path("componentProperties").path("lookbackDays")).put("description", changed);

        assertThat(OptionDocs.readmeTable(json)).contains("| `lookbackDays` | `7` | both | " + changed + " |");
        assertThat(OptionDocs.adoc(json)).contains("| lookbackDays | " + changed + " | 7 | int");
    }

    @Test
    void secretsAreMarkedAndListed() throws Exception {
        assertThat(OptionDocs.readmeTable(componentJson())).contains("| `accessToken` |  | both | **Secret.** ");
    }

    @Test
    void theReadmeTableIsReplacedBetweenItsMarkersOnly() {
        String readme = "intro\n" + OptionDocs.README_START + "\nold table\n" + OptionDocs.README_END + "\noutro\n";
        assertThat(OptionDocs.replaceBetween(readme, OptionDocs.README_START, OptionDocs.README_END, "new table\n"))
                .isEqualTo("intro\n" + OptionDocs.README_START + "\nnew table\n" + OptionDocs.README_END
                           + "\noutro\n");
    }
}
