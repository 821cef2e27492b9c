package io.github.cameltiktok.client.catalog;

/** The kinds of report there are: where a {@code reportType} is told which {@link ReportKind} reads it. */
public final class ReportKinds {

    private ReportKinds() {
    }

    /** The kind a {@code reportType} stands for; unknown types are integrated reports, which reject them. */
    public static ReportKind of(String reportType) {
        if (GmvMaxCatalog.REPORT_TYPE.equals(reportType)) {
            return GmvMaxReport.INSTANCE;
        }
        if (TikTokReportCatalog.BC.equals(reportType)) {
            return BusinessCenterReport.INSTANCE;
        }
        return IntegratedReport.INSTANCE;
    }
}
