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

import io.github.cameltiktok.client.http.AccessTokenSource;

/**
 * Where requests get the access token from: a token given as such, or one obtained by exchanging an auth code
 * ({@link AuthCodeExchange}) and, when TikTok's answer says it expires, refreshed. One provider per TikTok app,
 * shared by its endpoints.
 */
@FunctionalInterface
public interface TokenProvider extends AccessTokenSource {

    /** A token given as such. */
    static TokenProvider of(String accessToken) {
        return () -> accessToken;
    }

    /** For requests that carry no token (the code exchange itself): asking for one is a bug. */
    static TokenProvider none() {
        return () -> {
            throw new IllegalStateException("This call is sent without an access token");
        };
    }
}
