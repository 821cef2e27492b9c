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

import io.github.cameltiktok.TikTokReportComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;

/**
 * Sets up a Camel context as one instance of the pipeline: a planner candidate or a worker. Production runs one per
 * JVM (Camel Main, see {@link ScaleOutApplication}); the demo and the tests run several in one JVM.
 */
public final class Instances {

    private Instances() {
    }

    /**
     * A planner candidate: the planner route and the ZooKeeper cluster service it is elected by (in production on
     * Kubernetes, camel-kubernetes' lease-based cluster service takes its place).
     *
     * @param id this candidate's name in the election
     */
    public static void planner(CamelContext context, ScaleOutSettings settings, String id, Clock clock)
            throws Exception {
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(id);
        cluster.setNodes(settings.zooKeeperConnect());
        cluster.setBasePath("/camel/cluster");
        cluster.setSessionTimeout(6_000);
        context.addService(cluster);
        kafka(context, settings);
        // the planner asks TikTok for the advertisers (when none are given) and their time zones, with the app's token
        connect(context, settings);
        context.addRoutes(new PlannerRoutes(settings, clock));
    }

    /** A worker: the worker route, TikTok's component with this worker's share of the app's rate. */
    public static WorkerRoutes worker(CamelContext context, ScaleOutSettings settings, String id) throws Exception {
        TikTokReportComponent tiktok = connect(context, settings);
        context.getRegistry().bind(KafkaConstants.KAFKA_SUBSCRIBE_ADAPTER,
                new AppRateShare(tiktok, settings.appRequestsPerSecond(), id));
        kafka(context, settings);
        WorkerRoutes routes = new WorkerRoutes(settings);
        context.addRoutes(routes);
        return routes;
    }

    /** TikTok's component of the instance: where TikTok is, the app's token, and its id and secret if given. */
    private static TikTokReportComponent connect(CamelContext context, ScaleOutSettings settings) {
        TikTokReportComponent tiktok = context.getComponent("tiktok-report", TikTokReportComponent.class);
        tiktok.getConfiguration().setBaseUrl(settings.baseUrl());
        tiktok.getConfiguration().setAccessToken(settings.accessToken());
        tiktok.getConfiguration().setAppId(settings.appId());
        tiktok.getConfiguration().setAppSecret(settings.appSecret());
        return tiktok;
    }

    /** Whether a planner candidate leads now. */
    public static boolean leads(CamelContext planner) {
        try {
            ZooKeeperClusterService cluster = planner.hasService(ZooKeeperClusterService.class);
            return cluster != null && cluster.getView(ScaleOutSettings.PLANNER_NAMESPACE).getLocalMember().isLeader();
        } catch (Exception e) {
            return false;
        }
    }

    private static void kafka(CamelContext context, ScaleOutSettings settings) {
        context.getComponent("kafka", KafkaComponent.class).getConfiguration()
                .setBrokers(settings.bootstrapServers());
    }
}
