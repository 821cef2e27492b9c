package io.github.cameltiktok.springboot.example;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Every hour, the Ad Group Summary of the last days into one JSON file per advertiser and window. Token,
 * advertisers, window and metrics come from {@code camel.component.tiktok-report.*} in application.properties.
 */
@Component
public class AdGroupSummaryRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("tiktok-report:adgroup-summary").routeId("adgroup-summary-to-file")
                .marshal().json(JsonLibrary.Jackson)
                .to("file:{{tiktok.output}}?fileName=adgroup-summary-${header.CamelTikTokReportAdvertiserId}"
                    + "-${header.CamelTikTokReportStartDate}-${header.CamelTikTokReportEndDate}.json");
    }
}
