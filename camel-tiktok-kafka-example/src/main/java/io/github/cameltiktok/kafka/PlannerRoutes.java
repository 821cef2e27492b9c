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
package io.github.cameltiktok.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * The planner: active on the one instance that leads ({@code master:} over the context's cluster service), it looks
 * for a new day every {@code planPeriodMillis}; then it sends one work item per advertiser and window to the work
 * topic, keyed by the advertiser id, and records what it planned in the plan topic once every item was
 * acknowledged. A planner that dies in between leaves the days unrecorded: the next leader plans them again (at
 * least once).
 */
public final class PlannerRoutes extends RouteBuilder {

    private static final String PLANNED = "tiktokPlanned";

    private final ScaleOutSettings settings;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    /** @param clock whose date is "today" for the plan */
    public PlannerRoutes(ScaleOutSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configure() throws Exception {
        Planner planner = new Planner(settings);
        AdvertiserDays days = new AdvertiserDays(clock);
        ProducerTemplate tiktok = getCamelContext().createProducerTemplate();
        PlanState state = new PlanState(settings.bootstrapServers());
        getCamelContext().addService(state, true, true);

        // synchronous: the next look comes only after this plan was recorded (Kafka's producer answers later)
        from("master:" + ScaleOutSettings.PLANNER_NAMESPACE + ":timer:tiktok-plan?delay=0&synchronous=true&period="
             + settings.planPeriodMillis())
                .routeId("planner")
                .process(exchange -> {
                    // work items carry the days of each advertiser's own zone, as the component's windows do
                    List<String> advertisers = days.load(tiktok, settings.advertiserIds(),
                            Duration.ofMillis(settings.planPeriodMillis()));
                    Planner.Plan plan = planner.plan(advertisers, state.load(), days.today());
                    exchange.getMessage().setBody(plan.items());
                    exchange.setProperty(PLANNED, plan.planned());
                    if (!plan.items().isEmpty()) {
                        log.info("Planned {} work items for {} advertisers", plan.items().size(),
                                plan.planned().size());
                    }
                })
                .split(body())
                    .process(exchange -> {
                        WorkItem item = exchange.getMessage().getBody(WorkItem.class);
                        exchange.getMessage().setHeader(KafkaConstants.KEY, item.advertiserId());
                        exchange.getMessage().setBody(json.writeValueAsString(item));
                    })
                    .to("kafka:" + ScaleOutSettings.WORK_TOPIC + "?requestRequiredAcks=all")
                .end()
                .process(exchange -> {
                    @SuppressWarnings("unchecked")
                    Map<String, LocalDate> planned = exchange.getProperty(PLANNED, Map.class);
                    state.save(planned);
                });
    }
}
