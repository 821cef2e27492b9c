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
package io.github.cameltiktok.examples;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.camel.Exchange;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Writes report rows ({@code List<Map<String, Object>>}) as CSV with Jackson: a header line, then one line per row.
 * Columns are the rows' keys in their order (advertiser and GMV Max store first, then dimensions and metrics); a
 * null value is an empty cell.
 */
public class RowsCsvDataFormat extends ServiceSupport implements DataFormat, DataFormatName {

    private final CsvMapper mapper = new CsvMapper();

    @Override
    public String getDataFormatName() {
        return "tiktok-rows-csv";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        List<Map<String, Object>> rows = exchange.getContext().getTypeConverter().mandatoryConvertTo(List.class, graph);
        Set<String> columns = new LinkedHashSet<>();
        for (String first : List.of("advertiser_id", "store_id")) {
            if (rows.stream().anyMatch(row -> row.containsKey(first))) {
                columns.add(first);
            }
        }
        rows.forEach(row -> columns.addAll(row.keySet()));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (SequenceWriter writer = mapper.writer(schema.build()).writeValues(stream)) {
            writer.writeAll(rows);
        }
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) {
        throw new UnsupportedOperationException("tiktok-rows-csv only writes CSV");
    }
}
