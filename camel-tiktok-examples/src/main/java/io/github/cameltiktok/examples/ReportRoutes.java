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

import org.apache.camel.builder.RouteBuilder;

/**
 * The seed's two reports, "Ad Group Summary" and "Auction Campaign Summary", for the last 7 days, each written to a
 * CSV file whose columns are the advertiser, the preset's dimensions and the requested metrics; and the TikTok Shop
 * GMV Max report of product campaigns (every store of each advertiser), with the preset's metrics; and the campaigns
 * table (names, statuses, budgets), written to campaigns.csv and joined to the campaign summary in the printout.
 */
public class ReportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        report("adgroup-summary", "&metrics={{tiktok.metrics}}");
        report("campaign-summary", "&metrics={{tiktok.metrics}}");
        report("gmv-max-product", "");
        from("timer:campaigns?repeatCount=1&delay=0").routeId("campaigns")
                .to("tiktok-report:campaigns?advertiserId={{tiktok.advertiser-ids}}")
                .bean("reportSummary", "campaigns")
                .marshal().custom("csv")
                .to("file:{{tiktok.output}}?fileName=campaigns.csv")
                .bean("reportSummary", "written");
    }

    private void report(String preset, String options) {
        from("timer:" + preset + "?repeatCount=1&delay=0").routeId(preset)
                .to("tiktok-report:" + preset + "?advertiserId={{tiktok.advertiser-ids}}"
                    + "&lookbackDays={{tiktok.lookback-days}}" + options)
                .bean("reportSummary", "record")
                .marshal().custom("csv")
                .to("file:{{tiktok.output}}?fileName=" + preset + ".csv")
                .bean("reportSummary", "written");
    }
}
