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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token of the "Connect with TikTok" flow: the single-use auth code exchanged once, on first use, for a
 * long-lived token, which is then kept (in memory, and in the {@link TokenStore} when there is one).
 */
public final class AuthCodeExchange implements TokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AuthCodeExchange.class);

    private final String appId;
    private final String appSecret;
    private final String authCode;
    private final TokenStore store;
    private final AccountClient oauth;
    private volatile String token;

    /**
     * @param oauth sends the exchange: its transport needs no token ({@link TokenProvider#none()})
     */
    public AuthCodeExchange(String appId, String appSecret, String authCode, TokenStore store, AccountClient oauth) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
        this.authCode = Objects.requireNonNull(authCode, "authCode");
        this.store = Objects.requireNonNull(store, "store");
        this.oauth = Objects.requireNonNull(oauth, "oauth");
    }

    @Override
    public String accessToken() {
        String known = token;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (token == null) {
                token = obtain();
            }
            return token;
        }
    }

    private String obtain() {
        // the code itself is never stored: its hash names the token it was exchanged for
        String key = "tiktok-report-token:" + appId + ":" + sha256(authCode);
        String kept = store.get(key);
        if (kept != null && !kept.isBlank()) {
            LOG.info("Using the access token of app {} kept in tokenRepository from an earlier exchange of its auth"
                     + " code", appId);
            return kept;
        }
        AccessTokenGrant grant = oauth.exchangeAuthCode(appId, appSecret, authCode);
        LOG.info("Exchanged the auth code of app {} for an access token; authorized advertisers: {}", appId,
                grant.advertiserIds());
        store.put(key, grant.accessToken());
        return grant.accessToken();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
