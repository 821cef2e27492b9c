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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.http.TikTokErrorCodes;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TikTok's errors reach a route as {@link TikTokApiException}, wherever they are met (the time-zone look-up, the
 * store list, an entity read, the report itself): {@code catch (TikTokApiException e)} and
 * {@code onException(TikTokApiException.class)} see them, TikTok's code kept, the context in the message once.
 */
class TikTokErrorSurfaceTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static TikTokSimulator tiktok;

    @BeforeAll
    static void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0));
    }

    @AfterAll
    static void stop() {
        tiktok.close();
    }

    /** Each look-up a read may start with, met with a token TikTok does not accept. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "time zone of a rolling window|adgroup-summary?lookbackDays=3|/advertiser/info/",
            "TikTok Shop stores of GMV Max|gmv-max-product?startDate=2026-11-01&endDate=2026-11-02|/gmv_max/store/list/",
            "the report itself|adgroup-summary?startDate=2026-11-01&endDate=2026-11-02|/report/integrated/get/",
            "an entity table|campaigns?pageSize=10|/campaign/get/" })
    void aTokenTikTokRefusesArrivesAsTikTokApiException(String lookUp, String report, String path) throws Exception {
        String advertiser = tiktok.advertiserIds().get(0);
        try (CamelContext context = TestContexts.context(tiktok.baseUrl(), "not-a-token")) {
            context.start();
            Exchange exchange = context.createProducerTemplate().request("tiktok-report:" + report
                    + "&advertiserId=" + advertiser, e -> { });

            Exception failure = exchange.getException();
            assertThat(failure).as(lookUp).isInstanceOf(TikTokApiException.class);
            TikTokApiException tiktokError = (TikTokApiException) failure;
            assertThat(tiktokError.getCode()).isEqualTo(TikTokErrorCodes.TOKEN_INVALID);
            assertThat(tiktokError.getRequestId()).isNotBlank();
            assertThat(failure.getMessage()).contains(advertiser, path).doesNotContain("not-a-token");
            // TikTok's words once in the whole chain
            assertThat(occurrences(chain(failure), tiktokError.getApiMessage())).isOne();
        }
    }

    @Test
    void aConsumersOnExceptionCatchesTikTokApiExceptionOfTheTimeZoneLookUp() throws Exception {
        String advertiser = tiktok.advertiserIds().get(0);
        try (CamelContext context = TestContexts.context(tiktok.baseUrl(), "not-a-token")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(TikTokApiException.class).handled(true).to("mock:tiktok-errors");
                    from("tiktok-report:adgroup-summary?lookbackDays=3&advertiserId=" + advertiser
                         + "&repeatCount=1&initialDelay=0&bridgeErrorHandler=true").to("mock:rows");
                }
            });
            MockEndpoint errors = context.getEndpoint("mock:tiktok-errors", MockEndpoint.class);
            errors.expectedMinimumMessageCount(1);
            context.start();
            errors.assertIsSatisfied(10_000);
            Exception caught = errors.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            assertThat(caught).isInstanceOf(TikTokApiException.class).hasMessageContaining("/advertiser/info/");
        }
    }

    private static String chain(Throwable failure) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        failure.printStackTrace(new PrintStream(text, true, StandardCharsets.UTF_8));
        return text.toString(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
