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

/**
 * Keeps the token an auth code was exchanged for, so that a restart needs no new exchange (TikTok accepts each code
 * once). It holds the token in clear: it must be protected as the token itself.
 */
public interface TokenStore {

    /** A store that keeps nothing beyond the provider's own memory. */
    TokenStore NONE = new TokenStore() {
        @Override
        public String get(String key) {
            return null;
        }

        @Override
        public void put(String key, String token) {
            // nothing kept
        }
    };

    /** The token kept under the key, or null. */
    String get(String key);

    void put(String key, String token);
}
