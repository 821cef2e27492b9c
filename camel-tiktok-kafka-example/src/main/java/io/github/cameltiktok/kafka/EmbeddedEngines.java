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

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.curator.test.TestingServer;

/**
 * A real Kafka broker (KRaft, one combined broker and controller, Kafka's own cluster test kit) and a real ZooKeeper
 * server (Curator's TestingServer) in this JVM, on free loopback ports, for the demo and the tests; either may be
 * left to one of your own.
 */
public final class EmbeddedEngines implements AutoCloseable {

    private final TestingServer zooKeeper;
    private final KafkaClusterTestKit kafka;

    private EmbeddedEngines(TestingServer zooKeeper, KafkaClusterTestKit kafka) {
        this.zooKeeper = zooKeeper;
        this.kafka = kafka;
    }

    /** Both engines. */
    public static EmbeddedEngines start() throws Exception {
        return start(true, true);
    }

    public static EmbeddedEngines start(boolean startKafka, boolean startZooKeeper) throws Exception {
        TestingServer zooKeeper = startZooKeeper ? new TestingServer(true) : null;
        if (!startKafka) {
            return new EmbeddedEngines(zooKeeper, null);
        }
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // a group forms at once rather than waiting 3 s for more members
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        try {
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            kafka.close();
            if (zooKeeper != null) {
                zooKeeper.close();
            }
            throw e;
        }
        return new EmbeddedEngines(zooKeeper, kafka);
    }

    /** The embedded broker's bootstrap servers, or null when none was started. */
    public String bootstrapServers() {
        return kafka == null ? null : kafka.bootstrapServers();
    }

    /** The embedded ZooKeeper's connect string, or null when none was started. */
    public String zooKeeperConnect() {
        return zooKeeper == null ? null : zooKeeper.getConnectString();
    }

    @Override
    public void close() throws Exception {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (zooKeeper != null) {
                zooKeeper.close();
            }
        }
    }
}
