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
package io.github.cameltiktok.springboot;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's properties class is the one its generator writes from the component JSON of the component it is
 * built with. When it is not (an option of the component changed), the test rewrites it and fails: build again and
 * commit the file.
 */
class StarterPropertiesTest {

    private static final Path GENERATED = Path.of("src/generated/java/io/github/cameltiktok/springboot/"
                                                  + "TikTokReportComponentConfiguration.java");

    static JsonNode componentJson() throws Exception {
        try (InputStream in = StarterPropertiesTest.class.getResourceAsStream(
                "/META-INF/io/github/cameltiktok/tiktok-report.json")) {
            assertThat(in).as("the component JSON in the component's jar").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theCommittedPropertiesClassIsTheGeneratedOne() throws Exception {
        String generated = StarterProperties.generate(componentJson());
        String committed = Files.readString(GENERATED, StandardCharsets.UTF_8);
        if (!generated.equals(committed)) {
            Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as(GENERATED + " was stale and has been regenerated: build again and commit it")
                .isEqualTo(generated);
    }

    @Test
    void aChangedDescriptionChangesTheProperties() throws Exception {
        JsonNode json = componentJson();
        String changed = "Days read again on every poll, as restated by TikTok (changed for this test).";
        ((ObjectNode) json.path("componentProperties").path("lookbackDays")).put("description", changed);
        assertThat(StarterProperties.generate(json)).contains(changed)
                .contains("private java.lang.Integer lookbackDays = 7;");
    }

    @Test
    void secretsAreMarkedAndListed() throws Exception {
        assertThat(StarterProperties.generate(componentJson()))
                .contains("SECRET_OPTIONS = { \"access-token\", \"app-secret\", \"auth-code\" }")
                .contains("     * Secret. TikTok for Business access token");
    }
}
