package io.github.cameltiktok;

import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Camel contexts whose tiktok-report component reads from a simulator: its token, fast retries, no rate limits. */
final class SimulatorContexts {

    private SimulatorContexts() {
    }

    static CamelContext context(TikTokSimulator tiktok) {
        CamelContext context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(tiktok.baseUrl());
        component.getConfiguration().setAccessToken(tiktok.config().accessToken());
        component.getConfiguration().setRetryInitialDelay(5);
        component.getConfiguration().setRetryMaxDelay(20);
        component.setRequestsPerSecond(0);
        component.setAsyncTasksPerSecond(0);
        return context;
    }
}
