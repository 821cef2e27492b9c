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
package io.github.cameltiktok.warehouse;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Puts an exchange's rows (its body, a list of maps) and its reconciliation figures into headers as JSON text, which
 * one SQL statement reads with {@code jsonb_to_recordset}: the whole exchange is one statement, so one transaction.
 */
public class JsonRows implements Processor {

    static final String ROWS = "TikTokRows";
    static final String RECONCILIATION = "TikTokReconciliation";

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        exchange.getMessage().setHeader(ROWS, mapper.writeValueAsString(body instanceof List ? body : List.of(body)));
        Object figures = exchange.getMessage().getHeader(TikTokReportConstants.RECONCILIATION);
        exchange.getMessage().setHeader(RECONCILIATION, mapper.writeValueAsString(figures == null ? List.of() : figures));
    }
}
