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
package io.github.cameltiktok.client.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What TikTok's answers mean, without a request: codes, messages, redaction and redirect targets. */
class TikTokAnswersTest {

    @Test
    void successAndPartialSuccessPassEveryOtherCodeThrowsWithItsMeaningFirst() {
        assertThatCode(() -> TikTokAnswers.checkCode(0, "OK", "r1")).doesNotThrowAnyException();
        assertThatCode(() -> TikTokAnswers.checkCode(TikTokErrorCodes.PARTIAL_SUCCESS, "partly", "r2"))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> TikTokAnswers.checkCode(40100, "Too many requests", "r3"))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(40100);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getHttpStatus()).isEqualTo(200);
                    assertThat(e.getMessage()).isEqualTo("TikTok API error 40100, too many requests from this app:"
                            + " TikTok's per-app QPS limit was reached; lower requestsPerSecond."
                            + " TikTok says: Too many requests (request_id r3)");
                });
        assertThatThrownBy(() -> TikTokAnswers.checkCode(40002, null, null))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("TikTok API error 40002, a request parameter was refused"
                            + " (no message)");
                });
    }

    @Test
    void anUnknownCodeKeepsTikToksWordsAndTheCallAndAdvertiser() {
        assertThat(TikTokAnswers.describe(41234, "odd", "r4", "GET /x/", "7001"))
                .isEqualTo("TikTok API error 41234: odd (request_id r4) [GET /x/]");
        assertThat(TikTokAnswers.describe(40001, "nope", null, "GET /x/", "7001,7002"))
                .startsWith("TikTok API error 40001, no permission for advertiser 7001,7002: ")
                .endsWith(". TikTok says: nope [GET /x/]");
        assertThat(TikTokAnswers.describe(TikTokApiException.NO_CODE, null, null, null, null))
                .isEqualTo("TikTok's answer carries no code (no message)");
    }

    @Test
    void secretsAreRemovedFromTikToksWords() {
        assertThatThrownBy(() -> TikTokAnswers.checkCode(40105, "token s3cr3t and secret app-secret", null,
                "s3cr3t", "app-secret", null, ""))
                .hasMessageContaining("token xxxxxx and secret xxxxxx").hasMessageNotContaining("s3cr3t")
                .hasMessageNotContaining("app-secret");
        assertThat(TikTokAnswers.redact(null, "x")).isNull();
        assertThat(TikTokAnswers.redact("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void aRedirectTargetIsToldByItsOriginOnly() {
        assertThat(TikTokAnswers.origin("https://evil.example:8443/steal?access_token=t"))
                .isEqualTo("https://evil.example:8443");
        assertThat(TikTokAnswers.origin("/elsewhere?token=t")).isEqualTo("a path on the same host");
        assertThat(TikTokAnswers.origin(null)).isEqualTo("nowhere (no Location header)");
        assertThat(TikTokAnswers.origin("http://[broken")).isEqualTo("an unreadable location");
    }
}
