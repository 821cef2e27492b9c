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
package io.github.cameltiktok;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.read.ReadContext;
import io.github.cameltiktok.options.ResolvedEntities;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Polls an entity table: each poll a snapshot, per advertiser one exchange holding all its objects (every page
 * read first), or one exchange per object with {@code splitRows=true}. One advertiser's failure does not keep the
 * others' objects from being delivered; it fails the poll at its end. No state: every poll lists everything.
 */
public class TikTokEntityConsumer extends TikTokPollingConsumer {

    public TikTokEntityConsumer(TikTokReportEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected int poll() throws Exception {
        ResolvedEntities table = getEndpoint().getEntities();
        List<String> advertiserIds = getEndpoint().advertiserIds(true);
        ReadContext read = getEndpoint().readContext(this::isBatchAllowed);
        RuntimeException failure = null;
        Map<String, List<Map<String, Object>>> described = null;
        if (table.kind() == EntityKind.ADVERTISERS) {
            // one request describes up to 100 advertisers
            try {
                described = TikTokEntityProducer.byAdvertiser(getEndpoint().getEntityReader()
                        .advertisers(advertiserIds, table.query(), read));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        int delivered = 0;
        for (String advertiserId : advertiserIds) {
            if (!isBatchAllowed() || table.kind() == EntityKind.ADVERTISERS && described == null) {
                break;
            }
            try {
                List<Map<String, Object>> objects = described != null
                        ? TikTokEntityProducer.described(described, advertiserId)
                        : getEndpoint().getEntityReader().list(table.kind(), advertiserId, table.query(),
                                read);
                delivered += processBatch(exchanges(advertiserId, objects));
            } catch (Exception e) {
                RuntimeException cause = e instanceof RuntimeException r ? r
                        : new IllegalStateException("Failed to deliver the " + table.name() + " of advertiser "
                                                    + advertiserId, e);
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            getEndpoint().getStatistics().reportFailed(failure);
            ReportMessages.healthDetails(failure).forEach(this::addLastErrorDetail);
            throw failure;
        }
        getEndpoint().getStatistics().reportEnded();
        return delivered;
    }

    private Queue<Object> exchanges(String advertiserId, List<Map<String, Object>> objects) {
        Queue<Object> exchanges = new ArrayDeque<>();
        if (objects.isEmpty()) {
            return exchanges;
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(TikTokReportConstants.ADVERTISER_ID, advertiserId);
        headers.put(TikTokReportConstants.TOTAL_NUMBER, (long) objects.size());
        if (getEndpoint().getConfiguration().isSplitRows()) {
            for (Map<String, Object> object : objects) {
                Exchange exchange = createExchange(false);
                exchange.getIn().setBody(object);
                exchange.getIn().getHeaders().putAll(headers);
                exchanges.add(exchange);
            }
        } else {
            Exchange exchange = createExchange(false);
            exchange.getIn().setBody(objects);
            exchange.getIn().getHeaders().putAll(headers);
            exchanges.add(exchange);
        }
        return exchanges;
    }
}
