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
import java.util.List;

/**
 * The answer of TikTok's OAuth exchange ({@code /oauth2/access_token/}) or of a refresh.
 *
 * @param refreshToken what renews the token before it expires; null for a long-term token (TikTok's Marketing API
 *                     tokens, as its authorization guide describes them)
 * @param expiresIn    how long the token lasts from the answer, or null when it does not expire on a timer
 */
public record AccessTokenGrant(String accessToken, List<String> advertiserIds, List<String> scope,
                               String refreshToken, Duration expiresIn) {

    public AccessTokenGrant {
        advertiserIds = List.copyOf(advertiserIds);
        scope = List.copyOf(scope);
    }

    /** A long-term token: no refresh token, no expiry. */
    public AccessTokenGrant(String accessToken, List<String> advertiserIds, List<String> scope) {
        this(accessToken, advertiserIds, scope, null, null);
    }

    /** Whether the token expires and can be renewed before it does. */
    public boolean refreshable() {
        return refreshToken != null && expiresIn != null;
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "AccessTokenGrant[accessToken=xxxxxx, advertiserIds=" + advertiserIds + ", scope=" + scope
               + (refreshable() ? ", refreshToken=xxxxxx, expiresIn=" + expiresIn : "") + "]";
    }
}
