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

import org.apache.camel.builder.RouteBuilder;

/**
 * The entity tables into PostgreSQL, in Java DSL: campaigns (names, statuses, budgets) and ad groups (their
 * campaign), upserted by id, so that the report's ids join to names. The ad group report's route is the YAML one
 * ({@code routes/adgroup-daily.camel.yaml}).
 */
public class WarehouseRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("tiktok-report:campaigns?advertiserId={{tiktok.advertiser-ids}}&delay={{tiktok.poll-delay}}")
                .routeId("campaigns")
                .process("jsonRows")
                .to("sql:classpath:sql/upsert-campaigns.sql")
                .log("${header.CamelTikTokReportAdvertiserId}: ${header.CamelTikTokReportTotalNumber} campaigns upserted");
        from("tiktok-report:adgroups?advertiserId={{tiktok.advertiser-ids}}&delay={{tiktok.poll-delay}}"
             + "&fields=adgroup_name,campaign_id,secondary_status,budget,bid_price")
                .routeId("adgroups")
                .process("jsonRows")
                .to("sql:classpath:sql/upsert-adgroups.sql")
                .log("${header.CamelTikTokReportAdvertiserId}: ${header.CamelTikTokReportTotalNumber} ad groups upserted");
    }
}
