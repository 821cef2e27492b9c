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

/** Where the transport gets the access token of each authenticated request from. */
@FunctionalInterface
public interface AccessTokenSource {

    /** The token to send; may obtain it on first use. */
    String accessToken();

    /**
     * TikTok refused {@code rejected} as expired or invalid (40102, 40105): obtain another if this source can (a
     * refresh token), or take the one another request obtained meanwhile.
     *
     * @return whether a token other than {@code rejected} is now available
     */
    default boolean renew(String rejected) {
        return false;
    }
}
