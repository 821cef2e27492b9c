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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A work item TikTok refuses for good is parked with its reason and does not block the items behind it; instances
 * starting together create the topics once between them.
 */
class ParkedWorkTest {

    @Test
    void instancesStartingTogetherCreateTheTopicsOnce() throws Exception {
        try (EmbeddedEngines engines = EmbeddedEngines.start(true, false)) {
            ScaleOutSettings settings = ScaleOutSettings.defaults(engines.bootstrapServers(), "", "", "",
                    List.of("1"), LocalDate.now());
            List<java.util.concurrent.CompletableFuture<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(java.util.concurrent.CompletableFuture.runAsync(() -> Topics.create(settings, (short) 1)));
            }
            for (var start : starts) {
                start.get();   // none fails because another created a topic first
            }
            List<String> none = new ArrayList<>();
            Topics.readAll(engines.bootstrapServers(), ScaleOutSettings.WORK_TOPIC, (key, value) -> none.add(key));
            assertThat(none).isEmpty();
        }
    }

    @Test
    void aRefusedItemIsParkedAndTheNextOneIsRead() throws Exception {
        try (EmbeddedEngines engines = EmbeddedEngines.start(true, false);
             TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(1, 1, 2, 1))) {
            LocalDate day = LocalDate.now().minusDays(1);
            String advertiser = tiktok.advertiserIds().get(0);
            // one partition: the refused item is in front of the good one
            ScaleOutSettings settings = new ScaleOutSettings(engines.bootstrapServers(), "unused:2181",
                    tiktok.baseUrl(), tiktok.config().accessToken(), List.of(advertiser), "adgroup-summary",
                    List.of("adgroup_id", "stat_time_day"), "spend,impressions,clicks", day, 0, 1, 60_000, 9, 1, null, null);
            Topics.create(settings, (short) 1);
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.bootstrapServers());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                    new StringSerializer())) {
                // an advertiser the token may not read: TikTok answers 40001, which no retry cures
                producer.send(new ProducerRecord<>(ScaleOutSettings.WORK_TOPIC, "7999",
                        "{\"advertiserId\":\"7999\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\"}")).get();
                producer.send(new ProducerRecord<>(ScaleOutSettings.WORK_TOPIC, advertiser,
                        "{\"advertiserId\":\"" + advertiser + "\",\"startDate\":\"" + day + "\",\"endDate\":\""
                        + day + "\"}")).get();
            }

            try (CamelContext worker = new DefaultCamelContext()) {
                WorkerRoutes routes = Instances.worker(worker, settings, "worker-1");
                worker.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> routes.items() == 1);
                assertThat(routes.rows()).isEqualTo(2);
            }
            List<String> parked = new ArrayList<>();
            Topics.readAll(engines.bootstrapServers(), ScaleOutSettings.FAILED_TOPIC, (key, value) -> parked.add(key));
            assertThat(parked).containsExactly("7999");
        }
    }
}
