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
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each advertiser's own "today": TikTok's dates are days in the ad account's time zone, so a work item ends on the
 * account's day, as the component's rolling windows do. The zones come from the component's
 * {@code tiktok-report:advertisers} table (TikTok's {@code /advertiser/info/}), asked once for all advertisers and
 * kept: an account's zone does not change. Without a list of advertisers the same table names them: every advertiser
 * TikTok lists for the token ({@code /oauth2/advertiser/get/}, with the app's id and secret set on the component),
 * listed again after {@code advertiserDiscoveryInterval}.
 */
final class AdvertiserDays {

    private static final Logger LOG = LoggerFactory.getLogger(AdvertiserDays.class);

    private final Clock clock;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    AdvertiserDays(Clock clock) {
        this.clock = clock;
    }

    /**
     * Learns the zones of the advertisers not known yet.
     *
     * @param advertiserIds the advertisers to plan for; empty for every one TikTok lists for the token
     * @param listEvery     with none given, how long one listing of the token's advertisers is used
     * @return the advertisers to plan for: those given, or those TikTok lists now
     */
    @SuppressWarnings("unchecked")
    List<String> load(ProducerTemplate template, List<String> advertiserIds, Duration listEvery) {
        if (advertiserIds.isEmpty()) {
            List<Map<String, Object>> listed = template.requestBody("tiktok-report:advertisers?fields=advertiser_id,"
                    + "timezone&advertiserDiscoveryInterval=" + listEvery.toMillis(), null, List.class);
            learn(listed);
            return listed.stream().map(account -> String.valueOf(account.get("advertiser_id"))).toList();
        }
        List<String> unknown = advertiserIds.stream().filter(id -> !zones.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            learn(template.requestBody("tiktok-report:advertisers?fields=advertiser_id,timezone&advertiserId="
                                       + String.join(",", unknown), null, List.class));
        }
        return advertiserIds;
    }

    private void learn(List<Map<String, Object>> accounts) {
        for (Map<String, Object> account : accounts) {
            String id = String.valueOf(account.get("advertiser_id"));
            Object zone = account.get("timezone");
            try {
                zones.put(id, ZoneId.of(String.valueOf(zone)));
            } catch (DateTimeException e) {
                LOG.warn("Advertiser {} has time zone '{}', which is not a zone id: its days are planned in {}", id,
                        zone, clock.getZone());
                zones.put(id, clock.getZone());
            }
        }
    }

    /** The advertiser's today; this planner's own for one whose zone is not known. */
    Function<String, LocalDate> today() {
        return id -> LocalDate.ofInstant(clock.instant(), zones.getOrDefault(id, clock.getZone()));
    }
}
