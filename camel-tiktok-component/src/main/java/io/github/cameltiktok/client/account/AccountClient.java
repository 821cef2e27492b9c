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
package io.github.cameltiktok.client.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.TikTokApiException;

/**
 * The account calls besides reports: the OAuth code exchange, the advertisers a token may read, their currency and
 * time zone, and the GMV Max stores of an advertiser.
 */
public final class AccountClient {

    private final HttpTransport transport;
    /** Sends the calls of one look-up of many advertisers at once; null to send them one after the other. */
    private final Executor executor;

    public AccountClient(HttpTransport transport) {
        this(transport, null);
    }

    /**
     * @param executor sends the {@code /advertiser/info/} calls of many advertisers at the same time (within the
     *                 app's rate), so that a look-up of thousands takes about one answer's time, not one per hundred;
     *                 null sends them one after the other
     */
    public AccountClient(HttpTransport transport, Executor executor) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.executor = executor;
    }

    /** One {@code /advertiser/info/} call: the accounts TikTok describes of at most 100 advertisers. */
    private List<AdvertiserInfo> describe(List<String> batch) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_ids", transport.json(batch));
        query.put("fields", transport.json(AdvertiserInfo.FIELDS));
        JsonNode data = transport.getData(TikTokReportCatalog.ADVERTISER_INFO_PATH, query);
        List<AdvertiserInfo> infos = new ArrayList<>();
        for (JsonNode item : data.path("list")) {
            AdvertiserInfo info = AdvertiserInfo.of(item);
            if (info != null) {
                infos.add(info);
            }
        }
        return infos;
    }

    /**
     * Exchanges a one-time auth code of the "Connect with TikTok" flow for a long-lived access token. Sent again only
     * when it surely did not reach TikTok, so a lost answer never spends the code twice.
     */
    public AccessTokenGrant exchangeAuthCode(String appId, String appSecret, String authCode) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("app_id", appId);
        body.put("secret", appSecret);
        body.put("auth_code", authCode);
        return grant(transport.postDataOnce(TikTokReportCatalog.ACCESS_TOKEN_PATH, body, appSecret, authCode));
    }

    /**
     * A new token for an expiring one, from its refresh token ({@code POST /oauth2/refresh_token/}: the path and
     * fields other integrators use; no stored TikTok page confirms them, see docs/unconfirmed.md).
     */
    public AccessTokenGrant refresh(String appId, String appSecret, String refreshToken) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("app_id", appId);
        body.put("secret", appSecret);
        body.put("refresh_token", refreshToken);
        body.put("grant_type", "refresh_token");
        return grant(transport.postDataOnce(TikTokReportCatalog.REFRESH_TOKEN_PATH, body, appSecret, refreshToken));
    }

    /** The token of an OAuth answer; its refresh token and lifetime when TikTok gives both. */
    private static AccessTokenGrant grant(JsonNode data) {
        String token = data.path("access_token").asText(null);
        if (token == null || token.isEmpty()) {
            throw TikTokApiException.unusableAnswer("TikTok's OAuth answer carries no access_token");
        }
        String refresh = data.path("refresh_token").asText(null);
        long seconds = data.path("expires_in").asLong(0);
        return new AccessTokenGrant(token, texts(data.path("advertiser_ids")), texts(data.path("scope")),
                refresh == null || refresh.isEmpty() ? null : refresh, seconds > 0 ? Duration.ofSeconds(seconds) : null);
    }

    /** The advertisers ({@code advertiser_id}, {@code advertiser_name}) that a token of this app may read. */
    public List<Map<String, String>> listAdvertisers(String appId, String appSecret) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_id", appId);
        query.put("secret", appSecret);
        JsonNode data = transport.getData(TikTokReportCatalog.ADVERTISER_LIST_PATH, query, appSecret);
        List<Map<String, String>> advertisers = new ArrayList<>();
        for (JsonNode item : data.path("list")) {
            Map<String, String> advertiser = new LinkedHashMap<>();
            item.fields().forEachRemaining(e -> advertiser.put(e.getKey(), e.getValue().asText()));
            advertisers.add(advertiser);
        }
        return advertisers;
    }

    /**
     * The currency and time zone of advertisers, from {@code GET /advertiser/info/} (at most
     * {@link TikTokReportCatalog#MAX_ADVERTISER_INFO_IDS} ids a call).
     *
     * @throws TikTokApiException when TikTok does not describe one of them, or names a time zone Java does not know
     */
    public Map<String, AdvertiserInfo> advertiserInfo(List<String> advertiserIds) {
        List<CompletableFuture<List<AdvertiserInfo>>> calls = new ArrayList<>();
        for (int from = 0; from < advertiserIds.size(); from += TikTokReportCatalog.MAX_ADVERTISER_INFO_IDS) {
            List<String> batch = advertiserIds.subList(from,
                    Math.min(advertiserIds.size(), from + TikTokReportCatalog.MAX_ADVERTISER_INFO_IDS));
            Supplier<List<AdvertiserInfo>> call = () -> describe(batch);
            // one call needs no other thread; several go out together
            calls.add(executor == null || advertiserIds.size() <= TikTokReportCatalog.MAX_ADVERTISER_INFO_IDS
                    ? CompletableFuture.completedFuture(call.get()) : CompletableFuture.supplyAsync(call, executor));
        }
        Map<String, AdvertiserInfo> infos = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (CompletableFuture<List<AdvertiserInfo>> call : calls) {
            try {
                call.join().forEach(info -> infos.put(info.advertiserId(), info));
            } catch (CompletionException e) {
                // the first failed call's own exception, after every call has ended
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        for (String id : advertiserIds) {
            if (!infos.containsKey(id)) {
                throw TikTokApiException.unusableAnswer("TikTok's /advertiser/info/ does not describe advertiser "
                        + id + ", so its time zone (the day its reports end) is unknown");
            }
        }
        return infos;
    }

    /**
     * The TikTok Shops whose GMV Max campaigns an advertiser may report on: the entries of
     * {@code /gmv_max/store/list/} with {@code is_gmv_max_available=true} (a shop authorizes one ad account at a
     * time), in TikTok's order.
     */
    public List<String> gmvMaxStores(String advertiserId) {
        JsonNode data = transport.getData(GmvMaxCatalog.STORE_LIST_PATH, Map.of("advertiser_id", advertiserId));
        List<String> stores = new ArrayList<>();
        for (JsonNode store : data.path("store_list")) {
            String id = store.path("store_id").asText(null);
            if (id != null && store.path("is_gmv_max_available").asBoolean(false) && !stores.contains(id)) {
                stores.add(id);
            }
        }
        return stores;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array) {
            values.add(node.isValueNode() ? node.asText() : node.toString());
        }
        return values;
    }
}
