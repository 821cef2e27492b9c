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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportConstants;
import io.github.cameltiktok.client.http.TikTokApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.util.ObjectHelper;

/**
 * A worker, one of any number in the {@code tiktok-workers} consumer group: each work item is read by the
 * component's producer (the item's advertiser and window as header overrides) and each of its rows is published to
 * the rows topic, keyed by its identity ({@code advertiser_id} and the report's dimensions), with {@code acks=all}.
 * The item's offset is committed only after every row was acknowledged, so a worker that dies in the middle of an
 * item leaves it to another worker: at least once, never lost. An item TikTok refuses for good (no permission,
 * invalid parameters: its non-retryable codes) or that cannot be read at all is parked in the failed topic with the
 * reason, and committed, so that it does not block its partition; any other failure (TikTok or Kafka unreachable
 * after the component's retries) leaves it uncommitted, to be read again.
 */
public final class WorkerRoutes extends RouteBuilder {

    /** The header of a parked item that says why it failed. */
    public static final String FAILURE_HEADER = "tiktok.failure";
    private static final String ITEM = "tiktokWorkItem";

    private final ScaleOutSettings settings;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    public WorkerRoutes(ScaleOutSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .onWhen(exchange -> isPermanent(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)))
                .handled(true)
                .process(exchange -> {
                    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    exchange.getMessage().setBody(exchange.getProperty(ITEM, String.class));
                    exchange.getMessage().setHeader(FAILURE_HEADER, String.valueOf(failure.getMessage()));
                    log.warn("Parking work item {} in {}: {}", exchange.getProperty(ITEM),
                            ScaleOutSettings.FAILED_TOPIC, failure.getMessage());
                })
                .to("kafka:" + ScaleOutSettings.FAILED_TOPIC + "?requestRequiredAcks=all")
                .process(this::commit);

        from("kafka:" + ScaleOutSettings.WORK_TOPIC + "?groupId=" + ScaleOutSettings.WORKER_GROUP
             + "&autoOffsetReset=earliest&autoCommitEnable=false&allowManualCommit=true&maxPollRecords=1"
             + "&breakOnFirstError=true")
                .routeId("worker")
                .process(exchange -> {
                    String text = exchange.getMessage().getBody(String.class);
                    exchange.setProperty(ITEM, text);
                    WorkItem item = json.readValue(text, WorkItem.class);
                    exchange.getMessage().setHeader(TikTokReportConstants.ADVERTISER_ID, item.advertiserId());
                    exchange.getMessage().setHeader(TikTokReportConstants.START_DATE, item.startDate().toString());
                    exchange.getMessage().setHeader(TikTokReportConstants.END_DATE, item.endDate().toString());
                })
                // the endpoint's advertiser is a placeholder (or, planning for every advertiser of the token, none:
                // the component has the app's id and secret): every message names its own
                .to("tiktok-report:" + settings.report() + "?dimensions=" + String.join(",", settings.dimensions())
                    + "&metrics=" + settings.metrics() + (settings.discoversAdvertisers() ? ""
                        : "&advertiserId=" + settings.advertiserIds().get(0)))
                .split(body())
                    .process(exchange -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = exchange.getMessage().getBody(Map.class);
                        String advertiser = exchange.getMessage().getHeader(TikTokReportConstants.ADVERTISER_ID,
                                String.class);
                        Map<String, Object> keyed = new LinkedHashMap<>();
                        keyed.put("advertiser_id", advertiser);
                        keyed.putAll(row);
                        StringBuilder key = new StringBuilder(advertiser);
                        settings.dimensions().forEach(d -> key.append('|').append(row.get(d)));
                        exchange.getMessage().setHeader(KafkaConstants.KEY, key.toString());
                        exchange.getMessage().setBody(json.writeValueAsString(keyed));
                    })
                    .to("kafka:" + ScaleOutSettings.ROWS_TOPIC + "?requestRequiredAcks=all")
                    .process(exchange -> rows.incrementAndGet())
                .end()
                .process(exchange -> {
                    commit(exchange);
                    items.incrementAndGet();
                });
    }

    private void commit(Exchange exchange) {
        exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class).commit();
    }

    /**
     * A failure that reading the item again cannot cure: TikTok's non-retryable answers, a bad item or option. TikTok
     * or Kafka being away is not one (the component retried already; the item is read again).
     */
    static boolean isPermanent(Exception failure) {
        TikTokApiException api = ObjectHelper.getException(TikTokApiException.class, failure);
        if (api != null) {
            return !api.isRetryable() && api.getCode() != TikTokApiException.NO_CODE;
        }
        return ObjectHelper.getException(IllegalArgumentException.class, failure) != null
               || ObjectHelper.getException(JsonProcessingException.class, failure) != null;
    }

    /** Work items this worker completed (its rows acknowledged, its offset committed). */
    public long items() {
        return items.get();
    }

    /** Rows this worker published. */
    public long rows() {
        return rows.get();
    }
}
