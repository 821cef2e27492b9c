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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.read.ReadContext;
import io.github.cameltiktok.options.ResolvedEntities;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Lists the endpoint's entity table on each exchange; the body becomes the objects of every advertiser, in the
 * order of the advertisers. The header {@link TikTokReportConstants#ADVERTISER_ID} may name other advertisers for
 * this one message.
 */
public class TikTokEntityProducer extends DefaultProducer {

    public TikTokEntityProducer(TikTokReportEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public TikTokReportEndpoint getEndpoint() {
        return (TikTokReportEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ResolvedEntities table = getEndpoint().getEntities();
        Message in = exchange.getIn();
        List<String> advertiserIds = ReportMessages.idsOf(in, TikTokReportConstants.ADVERTISER_ID, "advertiser",
                () -> getEndpoint().advertiserIds(false));
        List<Map<String, Object>> objects = new ArrayList<>();
        ReadContext read = getEndpoint().readContext(this::isRunAllowed);
        if (table.kind() == EntityKind.ADVERTISERS) {
            Map<String, List<Map<String, Object>>> described = byAdvertiser(getEndpoint().getEntityReader()
                    .advertisers(advertiserIds, table.query(), read));
            advertiserIds.forEach(id -> objects.addAll(described(described, id)));
        } else {
            for (String advertiserId : advertiserIds) {
                objects.addAll(getEndpoint().getEntityReader().list(table.kind(), advertiserId, table.query(), read));
            }
        }
        Message out = exchange.getMessage();
        out.setBody(objects);
        out.setHeader(TikTokReportConstants.ADVERTISER_ID, String.join(",", advertiserIds));
        out.setHeader(TikTokReportConstants.TOTAL_NUMBER, (long) objects.size());
    }

    /** {@code /advertiser/info/}'s objects by their advertiser. */
    static Map<String, List<Map<String, Object>>> byAdvertiser(List<Map<String, Object>> objects) {
        Map<String, List<Map<String, Object>>> byId = new LinkedHashMap<>();
        for (Map<String, Object> object : objects) {
            byId.computeIfAbsent(String.valueOf(object.get("advertiser_id")), id -> new ArrayList<>()).add(object);
        }
        return byId;
    }

    /** The description of one advertiser; TikTok leaving one out is an error, not an empty table. */
    static List<Map<String, Object>> described(Map<String, List<Map<String, Object>>> byId, String advertiserId) {
        List<Map<String, Object>> objects = byId.get(advertiserId);
        if (objects == null) {
            throw TikTokApiException.unusableAnswer("TikTok's /advertiser/info/ does not describe advertiser "
                                                    + advertiserId + " (is it one the access token may read?)");
        }
        return objects;
    }
}
