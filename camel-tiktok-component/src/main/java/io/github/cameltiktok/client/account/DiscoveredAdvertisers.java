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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import io.github.cameltiktok.client.ReportStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advertisers an endpoint reads when none is named: every one TikTok's {@code /oauth2/advertiser/get/} lists
 * for the access token of the app (doc 1738455508553729; {@code app_id} and {@code secret} with the token), less
 * the excluded ones, asked again when the list is older than its age limit (a consumer asks at each poll).
 * <p>
 * A newly listed advertiser is read from its own window on; one no longer listed (authorisation withdrawn, account
 * deleted) is left out with one warning and counted, its state kept, and read again if TikTok lists it again.
 */
public final class DiscoveredAdvertisers {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveredAdvertisers.class);

    private final AccountClient accounts;
    private final String appId;
    private final String appSecret;
    private final Set<String> excluded;
    private final Duration maxAge;
    private final ReportStatistics statistics;
    private final String label;
    private final LongSupplier nanoTime;
    private List<String> current;
    private long listedAt;

    /**
     * @param maxAge how long a list is used before TikTok is asked again (by {@link #advertisers(boolean)} without
     *               {@code fresh})
     * @param label  the endpoint, in log lines
     */
    public DiscoveredAdvertisers(AccountClient accounts, String appId, String appSecret, List<String> excluded,
                                 Duration maxAge, ReportStatistics statistics, String label, LongSupplier nanoTime) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
        this.excluded = Set.copyOf(excluded);
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.label = label;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * The advertisers to read now, in TikTok's order.
     *
     * @param fresh ask TikTok whatever the list's age (a consumer's poll)
     * @throws io.github.cameltiktok.client.http.TikTokApiException when TikTok refuses the listing (a wrong app
     *                                                              secret: 40001; a bad token: 40105)
     */
    public synchronized List<String> advertisers(boolean fresh) {
        long now = nanoTime.getAsLong();
        if (!fresh && current != null && now - listedAt < maxAge.toNanos()) {
            return current;
        }
        Set<String> listed = new LinkedHashSet<>();
        for (Map<String, String> advertiser : accounts.listAdvertisers(appId, appSecret)) {
            String id = advertiser.get("advertiser_id");
            if (id != null && !id.isBlank() && !excluded.contains(id)) {
                listed.add(id);
            }
        }
        if (current == null) {
            LOG.info("{} reads every advertiser TikTok lists for this token ({}): {}", label, listed.size(), listed);
        } else {
            for (String id : current) {
                if (!listed.contains(id)) {
                    statistics.advertiserDropped();
                    LOG.warn("{}: advertiser {} is no longer listed by TikTok's /oauth2/advertiser/get/ for this token"
                             + " (authorisation withdrawn, or the account deleted or disabled): not read from now on."
                             + " Its state is kept: it resumes if TikTok lists it again", label, id);
                }
            }
            List<String> added = new ArrayList<>(listed);
            added.removeAll(current);
            if (!added.isEmpty()) {
                LOG.info("{}: advertisers newly listed for this token, read from their own window on: {}", label,
                        added);
            }
        }
        current = List.copyOf(listed);
        listedAt = now;
        statistics.advertisersListed(current.size());
        return current;
    }
}
