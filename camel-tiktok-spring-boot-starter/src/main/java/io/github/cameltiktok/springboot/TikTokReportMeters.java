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
package io.github.cameltiktok.springboot;

import java.time.LocalDate;
import java.util.function.ToDoubleFunction;

import io.github.cameltiktok.TikTokReportEndpoint;
import io.github.cameltiktok.client.ReportStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;

/**
 * The figures of every tiktok-report endpoint of the Camel context as Micrometer meters ({@code /actuator/metrics}):
 * counters summed over the endpoints, read when the registry is scraped, so endpoints created later count too.
 */
public class TikTokReportMeters implements MeterBinder {

    private final CamelContext camelContext;

    public TikTokReportMeters(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "tiktok.report.requests", "Requests sent to TikTok, retries included",
                ReportStatistics::requests);
        counter(registry, "tiktok.report.retries", "Requests retried", ReportStatistics::retries);
        counter(registry, "tiktok.report.throttled", "Answers in which TikTok throttled (40100, 40133, 429)",
                ReportStatistics::throttled);
        counter(registry, "tiktok.report.pages", "Report pages read", ReportStatistics::pages);
        counter(registry, "tiktok.report.rows", "Rows handed on to routes", ReportStatistics::rows);
        counter(registry, "tiktok.report.recovered", "Date chunks read completely after truncation or 40067",
                ReportStatistics::recovered);
        counter(registry, "tiktok.report.rereads", "Date chunks read again because their pages shifted",
                ReportStatistics::rereads);
        counter(registry, "tiktok.report.async.tasks", "Asynchronous report tasks created",
                ReportStatistics::asyncTasks);
        counter(registry, "tiktok.report.failures", "Advertiser reports that failed", ReportStatistics::failures);
        Gauge.builder("tiktok.report.days.behind", camelContext, TikTokReportMeters::mostDaysBehind)
                .description("Most days any advertiser's delivered data is behind today (consumers)")
                .register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description,
                         ToDoubleFunction<ReportStatistics> figure) {
        FunctionCounter.builder(name, camelContext, context -> sum(context, figure)).description(description)
                .register(registry);
    }

    private static double mostDaysBehind(CamelContext context) {
        long most = 0;
        for (Endpoint endpoint : context.getEndpoints()) {
            if (endpoint instanceof TikTokReportEndpoint tiktok) {
                for (var entry : tiktok.getStatistics().advertisers(LocalDate.now()).values()) {
                    most = Math.max(most, ((Number) entry.get("daysBehind")).longValue());
                }
            }
        }
        return most;
    }

    private static double sum(CamelContext context, ToDoubleFunction<ReportStatistics> figure) {
        double total = 0;
        for (Endpoint endpoint : context.getEndpoints()) {
            if (endpoint instanceof TikTokReportEndpoint tiktok) {
                total += figure.applyAsDouble(tiktok.getStatistics());
            }
        }
        return total;
    }
}
