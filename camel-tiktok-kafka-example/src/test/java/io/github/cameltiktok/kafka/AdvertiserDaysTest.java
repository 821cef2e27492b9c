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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.github.cameltiktok.TikTokReportComponent;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's days are each advertiser's own, from the accounts' zones TikTok tells. */
class AdvertiserDaysTest {

    /** 2026-12-02 at 20:00 UTC: 2026-12-03 in Etc/GMT-12, 2026-12-02 in Etc/GMT+10. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T20:00:00Z"), ZoneOffset.UTC);

    private TikTokSimulator tiktok;
    private CamelContext context;

    /** Advertisers alternating between two zones a day apart, and a context whose component reads them. */
    private void start(int advertisers, boolean withApp) {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(advertisers, 1, 1, 1).withQpsLimit(0)
                .withQuirks(SimulatorQuirks.none().withTimeZones("Etc/GMT-12", "Etc/GMT+10")));
        context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(tiktok.baseUrl());
        component.getConfiguration().setAccessToken(tiktok.config().accessToken());
        if (withApp) {
            component.getConfiguration().setAppId(tiktok.config().appId());
            component.getConfiguration().setAppSecret(tiktok.config().appSecret());
        }
        context.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (tiktok != null) {
            tiktok.close();
        }
    }

    private List<String> load(AdvertiserDays days, List<String> given) {
        return days.load(context.createProducerTemplate(), given, Duration.ZERO);
    }

    @Test
    void advertisersInZonesADayApartGetTheirOwnToday() {
        start(2, false);
        AdvertiserDays days = new AdvertiserDays(CLOCK);
        assertThat(load(days, tiktok.advertiserIds())).isEqualTo(tiktok.advertiserIds());

        assertThat(days.today().apply(tiktok.advertiserIds().get(0))).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(days.today().apply(tiktok.advertiserIds().get(1))).isEqualTo(LocalDate.of(2026, 12, 2));
        // one the table does not know: the planner's own day
        assertThat(days.today().apply("7999999999999999999")).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void withoutAListEveryAdvertiserTikTokListsForTheTokenIsPlannedAsItIsListedNow() {
        start(3, true);
        AdvertiserDays days = new AdvertiserDays(CLOCK);
        List<String> all = tiktok.advertiserIds();

        assertThat(load(days, List.of())).containsExactlyInAnyOrderElementsOf(all);
        assertThat(days.today().apply(all.get(0))).isEqualTo(LocalDate.of(2026, 12, 3));

        tiktok.authorize(all.get(1), false);
        assertThat(load(days, List.of())).as("withdrawn: no longer planned").doesNotContain(all.get(1))
                .hasSize(all.size() - 1);
        tiktok.authorize(all.get(1), true);
        assertThat(load(days, List.of())).as("authorised again").contains(all.get(1));
    }
}
