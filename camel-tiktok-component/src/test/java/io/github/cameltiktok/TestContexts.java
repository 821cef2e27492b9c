package io.github.cameltiktok;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Camel contexts whose tiktok-report component reads from a simulator: its token, fast retries, no rate limits. */
final class SimulatorContexts {

    private SimulatorContexts() {
    }

    static CamelContext context(TikTokSimulator tiktok) {
        return context(tiktok.baseUrl(), tiktok.config().accessToken());
    }

    /** The same for a simulator that runs elsewhere (another JVM). */
    static CamelContext context(String baseUrl, String accessToken) {
        CamelContext context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAccessToken(accessToken);
        component.getConfiguration().setRetryInitialDelay(5);
        component.getConfiguration().setRetryMaxDelay(20);
        component.setRequestsPerSecond(0);
        component.setAsyncTasksPerSecond(0);
        return context;
    }

    /** The rows a producer reads from the simulator, in a context of its own. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(TikTokSimulator tiktok, String uri) throws Exception {
        try (CamelContext context = context(tiktok)) {
            context.start();
            return context.createProducerTemplate().requestBody(uri, null, List.class);
        }
    }

    /** The sum of a numeric metric over rows. */
    static BigDecimal sum(List<Map<String, Object>> rows, String metric) {
        return rows.stream().map(r -> new BigDecimal(r.get(metric).toString())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
