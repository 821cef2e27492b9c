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

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** The warehouse's schema (Flyway, db/migration) and the dashboard query of the example. */
public final class Warehouse {

    private Warehouse() {
    }

    /** Creates or updates the tables: the versioned SQL files under db/migration. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Spend, impressions and clicks by campaign name over the last 7 days, most spent first. */
    public static List<Map<String, Object>> dashboard(DataSource dataSource) throws SQLException, IOException {
        return query(dataSource, resource("sql/dashboard.sql"));
    }

    /** Every row of a query, each a map of its columns. */
    public static List<Map<String, Object>> query(DataSource dataSource, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                    row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void print(List<Map<String, Object>> dashboard, PrintStream out) {
        String format = "%-24s %12s %12s %9s%n";
        out.printf(format, "campaign (last 7 days)", "spend", "impressions", "clicks");
        dashboard.forEach(row -> out.printf(format, row.get("campaign_name"), row.get("spend"),
                row.get("impressions"), row.get("clicks")));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Warehouse.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
