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

import java.util.Collection;

import io.github.cameltiktok.TikTokReportComponent;
import org.apache.camel.component.kafka.consumer.support.subcription.SubscribeAdapter;
import org.apache.camel.component.kafka.consumer.support.subcription.TopicInfo;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the workers together under the app's rate: a worker that holds k of the work topic's P partitions may send
 * {@code floor(rate × k / P)} requests a second to TikTok, recomputed whenever the group hands out partitions. The
 * shares of all workers add up to at most the app's rate, since a partition has one owner; and with P no larger
 * than the rate, each owned partition is worth at least one request a second. Camel's Kafka consumer takes it as its
 * {@code subscribeAdapter}: it subscribes as Camel would and watches the assignments.
 */
public final class AppRateShare implements SubscribeAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AppRateShare.class);

    private final TikTokReportComponent tiktok;
    private final double appRequestsPerSecond;
    private final String worker;

    AppRateShare(TikTokReportComponent tiktok, double appRequestsPerSecond, String worker) {
        this.tiktok = tiktok;
        this.appRequestsPerSecond = appRequestsPerSecond;
        this.worker = worker;
        // before the group assigns anything: one partition's worth, and nothing is read yet anyway
        tiktok.setRequestsPerSecond(1);
    }

    @Override
    public void subscribe(Consumer<?, ?> consumer, ConsumerRebalanceListener camel, TopicInfo topicInfo) {
        ConsumerRebalanceListener sharing = new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                camel.onPartitionsRevoked(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                camel.onPartitionsAssigned(partitions);
                update(consumer);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                camel.onPartitionsLost(partitions);
            }
        };
        if (topicInfo.isPattern()) {
            consumer.subscribe(topicInfo.getPattern(), sharing);
        } else {
            consumer.subscribe(topicInfo.getTopics(), sharing);
        }
    }

    /** Runs in the consumer's thread (inside its poll), before any record of the new assignment is processed. */
    private void update(Consumer<?, ?> consumer) {
        int owned = consumer.assignment().size();
        int total = consumer.partitionsFor(ScaleOutSettings.WORK_TOPIC).size();
        int share = (int) Math.max(1, Math.floor(appRequestsPerSecond * Math.max(1, owned) / total));
        tiktok.setRequestsPerSecond(share);
        LOG.info("{} holds {} of {} work partitions: {} requests a second to TikTok", worker, owned, total, share);
    }
}
