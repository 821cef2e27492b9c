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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameltiktok.client.http.TikTokApiException;

/**
 * The advertisers' time zones and currencies, asked of TikTok once for all advertisers that lack them (in batches)
 * and kept for a day: an account's zone rarely changes, and a day-old answer is fresh enough to tell its date. Also
 * the TikTok Shops each advertiser may read GMV Max reports of, kept for an hour.
 */
public final class AdvertiserDirectory {

    /** How long an answer of {@code /advertiser/info/} is used before it is asked again. */
    public static final Duration REFRESH_AFTER = Duration.ofDays(1);

    /** How long an advertiser's GMV Max stores are used before they are asked again: a new shop shows within it. */
    public static final Duration STORES_REFRESH_AFTER = Duration.ofHours(1);

    private record Entry(AdvertiserInfo info, Instant fetched) {
    }

    private record Stores(List<String> ids, Instant fetched) {
    }

    private final AccountClient accounts;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Stores> stores = new ConcurrentHashMap<>();

    public AdvertiserDirectory(AccountClient accounts, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The account facts of advertisers, and why TikTok gave none for some of them.
     *
     * @param infos    per advertiser id, those known
     * @param failures per advertiser id, why its facts are unknown (its report cannot tell its day)
     */
    public record Lookup(Map<String, AdvertiserInfo> infos, Map<String, RuntimeException> failures) {
    }

    /**
     * Each advertiser's account facts, asking TikTok only for those not known or older than a day. When TikTok
     * refuses a batch (one advertiser the token may not read fails them all), each is asked alone, so that one
     * advertiser's problem stays its own.
     */
    public Lookup get(Collection<String> advertiserIds) {
        Instant now = clock.instant();
        List<String> missing = new ArrayList<>();
        for (String id : advertiserIds) {
            Entry entry = entries.get(id);
            if (entry == null || !entry.fetched().plus(REFRESH_AFTER).isAfter(now)) {
                missing.add(id);
            }
        }
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            try {
                accounts.advertiserInfo(missing).forEach((id, info) -> entries.put(id, new Entry(info, now)));
            } catch (TikTokApiException batchFailure) {
                if (missing.size() == 1 || batchFailure.isRetryable()) {
                    missing.forEach(id -> failures.put(id, batchFailure));
                } else {
                    for (String id : missing) {
                        try {
                            accounts.advertiserInfo(List.of(id))
                                    .forEach((one, info) -> entries.put(one, new Entry(info, now)));
                        } catch (TikTokApiException e) {
                            failures.put(id, e);
                        }
                    }
                }
            }
        }
        Map<String, AdvertiserInfo> infos = new LinkedHashMap<>();
        for (String id : advertiserIds) {
            Entry entry = entries.get(id);
            if (entry != null && !failures.containsKey(id)) {
                infos.put(id, entry.info());
            }
        }
        return new Lookup(infos, failures);
    }

    /**
     * The stores an advertiser may read GMV Max reports of ({@link AccountClient#gmvMaxStores}), asked of TikTok at
     * most once an hour.
     *
     * @throws TikTokApiException when TikTok does not list them
     */
    public List<String> gmvMaxStores(String advertiserId) {
        Instant now = clock.instant();
        Stores known = stores.get(advertiserId);
        if (known == null || !known.fetched().plus(STORES_REFRESH_AFTER).isAfter(now)) {
            known = new Stores(List.copyOf(accounts.gmvMaxStores(advertiserId)), now);
            stores.put(advertiserId, known);
        }
        return known.ids();
    }

    /** Today in the advertiser's time zone: the last day its reports have. */
    public LocalDate today(AdvertiserInfo info) {
        return LocalDate.now(clock.withZone(info.zone()));
    }
}
