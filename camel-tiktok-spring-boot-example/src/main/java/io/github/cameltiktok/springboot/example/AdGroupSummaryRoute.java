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
package io.github.cameltiktok.springboot.example;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Every hour, the Ad Group Summary of the last days into one JSON file per advertiser and window, each read and
 * each file logged. Token,
 * advertisers, window and metrics come from {@code camel.component.tiktok-report.*} in application.properties.
 */
@Component
public class AdGroupSummaryRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("tiktok-report:adgroup-summary").routeId("adgroup-summary-to-file")
                .log("Read ${body.size} rows of advertiser ${header.CamelTikTokReportAdvertiserId}, "
                     + "${header.CamelTikTokReportStartDate} to ${header.CamelTikTokReportEndDate}")
                .marshal().json(JsonLibrary.Jackson)
                .to("file:{{tiktok.output}}?fileName=adgroup-summary-${header.CamelTikTokReportAdvertiserId}"
                    + "-${header.CamelTikTokReportStartDate}-${header.CamelTikTokReportEndDate}.json")
                .log("Wrote ${header.CamelFileNameProduced}");
    }
}
