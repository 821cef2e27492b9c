package io.github.cameltiktok.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * The seed's two reports, "Ad Group Summary" and "Auction Campaign Summary", for the last 7 days, each written to a
 * CSV file whose columns are the advertiser, the preset's dimensions and the requested metrics.
 */
public class ReportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        report("adgroup-summary");
        report("campaign-summary");
    }

    private void report(String preset) {
        from("timer:" + preset + "?repeatCount=1&delay=0").routeId(preset)
                .to("tiktok-report:" + preset + "?advertiserId={{tiktok.advertiser-ids}}"
                    + "&lookbackDays={{tiktok.lookback-days}}&metrics={{tiktok.metrics}}")
                .bean("reportSummary", "record")
                .marshal().custom("csv")
                .to("file:{{tiktok.output}}?fileName=" + preset + ".csv")
                .bean("reportSummary", "written");
    }
}
