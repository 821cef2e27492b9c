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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.cameltiktok.client.catalog.EntityKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which options an endpoint reads, as the configuration's {@link OptionFor} annotations declare it. */
class ResolvedEntitiesTest {

    private static List<String> errors(EntityKind kind, String... given) {
        List<String> errors = new ArrayList<>();
        ResolvedEntities.checkGiven(kind, Set.of(given), errors);
        return errors;
    }

    @Test
    void aReportRefusesTheOptionsOfTablesOnly() {
        assertThat(errors(null, "metrics", "dimensions", "pageSize", "advertiserId")).isEmpty();
        assertThat(errors(null, "fields")).singleElement().asString()
                .startsWith("Invalid option fields on a report endpoint");
    }

    @Test
    void aPagedTableRefusesTheOptionsOfReportsOnlyAndNamesWhatItTakes() {
        assertThat(errors(EntityKind.CAMPAIGNS, "fields", "filters", "pageSize", "includeDeleted", "buyingTypes"))
                .isEmpty();
        assertThat(errors(EntityKind.CAMPAIGNS, "metrics", "LOOKBACKDAYS", "reconcile")).singleElement().asString()
                .startsWith("Invalid option lookbackDays, metrics, reconcile on tiktok-report:campaigns")
                .contains("Allowed values: advertiserId, ").contains("fields").contains("pageSize")
                .contains("campaignOrigins");
    }

    @Test
    void theAdvertisersTableTakesFieldsButNoPagingOrFilters() {
        assertThat(errors(EntityKind.ADVERTISERS, "fields")).isEmpty();
        assertThat(errors(EntityKind.ADVERTISERS, "pageSize", "filters")).singleElement().asString()
                .startsWith("Invalid option filters, pageSize on tiktok-report:advertisers")
                .contains("Allowed values: advertiserId, fields, param.*");
    }
}
