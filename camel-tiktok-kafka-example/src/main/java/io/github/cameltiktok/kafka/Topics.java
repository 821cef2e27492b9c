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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Creates the topics of the pipeline where they are missing, and reads one whole. */
final class Topics {

    private Topics() {
    }

    /**
     * The work topic with {@code workPartitions} partitions; the rows and plan topics compacted, so that a row's
     * latest figures and an advertiser's last planned day are kept per key.
     */
    static void create(ScaleOutSettings settings, short replicationFactor) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT);
            List<NewTopic> topics = List.of(
                    new NewTopic(ScaleOutSettings.WORK_TOPIC, settings.workPartitions(), replicationFactor),
                    new NewTopic(ScaleOutSettings.ROWS_TOPIC, settings.workPartitions(), replicationFactor)
                            .configs(compacted),
                    new NewTopic(ScaleOutSettings.PLAN_TOPIC, 1, replicationFactor).configs(compacted),
                    new NewTopic(ScaleOutSettings.FAILED_TOPIC, 1, replicationFactor));
            var created = admin.createTopics(topics.stream().filter(t -> !existing.contains(t.name())).toList());
            for (var topic : created.values().values()) {
                try {
                    topic.get();
                } catch (ExecutionException e) {
                    // another instance starting at the same time created it first
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The topics could not be created: " + e.getCause(), e.getCause());
        }
    }

    /** Hands every record a topic holds now (key, value) to {@code records}, partition by partition, in order. */
    static void readAll(String bootstrapServers, String topic, BiConsumer<String, String> records) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.accept(record.key(), record.value());
                }
            }
        }
    }
}
