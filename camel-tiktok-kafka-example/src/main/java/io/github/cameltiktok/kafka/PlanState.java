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

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the planner has planned, kept in a compacted Kafka topic (per advertiser the last day planned), so that
 * whichever instance leads next continues where the last leader stopped: read whole at the start of every plan, and
 * written after the plan's work items were acknowledged.
 */
final class PlanState extends ServiceSupport {

    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    PlanState(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    protected void doStart() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Every advertiser's last planned day, as the topic holds it now. */
    Map<String, LocalDate> load() {
        Map<String, LocalDate> planned = new HashMap<>();
        Topics.readAll(bootstrapServers, ScaleOutSettings.PLAN_TOPIC, (advertiser, day) -> {
            if (day == null) {
                planned.remove(advertiser);
            } else {
                planned.put(advertiser, LocalDate.parse(day));
            }
        });
        return planned;
    }

    /** Records the days planned, waiting until the broker acknowledged every one. */
    void save(Map<String, LocalDate> planned) {
        try {
            for (var sent : planned.entrySet().stream().map(e -> producer.send(new ProducerRecord<>(
                    ScaleOutSettings.PLAN_TOPIC, e.getKey(), e.getValue().toString()))).toList()) {
                sent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while saving the plan", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The plan could not be saved: " + e.getCause(), e.getCause());
        }
    }

    @Override
    protected void doStop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
