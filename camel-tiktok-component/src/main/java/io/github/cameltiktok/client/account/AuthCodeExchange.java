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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token of the "Connect with TikTok" flow: the single-use auth code exchanged once, on first use, for a
 * token, which is then kept (in memory, and in the {@link TokenStore} when there is one). TikTok's Marketing API
 * tokens are long-term; should its answer carry a refresh token and a lifetime, the token is refreshed before it
 * expires (a tenth of its lifetime, at most an hour, before), by one request for every endpoint of the app, and the
 * new pair is kept in the store. A token TikTok refuses as expired or invalid is refreshed at once, once.
 */
public final class AuthCodeExchange implements TokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AuthCodeExchange.class);
    /** The longest head start of a refresh before the token expires. */
    static final Duration MAX_HEAD_START = Duration.ofHours(1);

    /** The token in use, its refresh token and when to refresh it (null: never). */
    private record Current(String token, String refreshToken, Instant refreshAt) {
    }

    private final String appId;
    private final String appSecret;
    private final String authCode;
    private final TokenStore store;
    private final AccountClient oauth;
    private final Clock clock;
    /** Where the store keeps this code's token: the code itself is never stored, its hash names the token. */
    private final String key;
    private volatile Current current;

    /**
     * @param oauth sends the exchange: its transport needs no token ({@link TokenProvider#none()})
     */
    public AuthCodeExchange(String appId, String appSecret, String authCode, TokenStore store, AccountClient oauth) {
        this(appId, appSecret, authCode, store, oauth, Clock.systemUTC());
    }

    AuthCodeExchange(String appId, String appSecret, String authCode, TokenStore store, AccountClient oauth,
                     Clock clock) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
        this.authCode = Objects.requireNonNull(authCode, "authCode");
        this.store = Objects.requireNonNull(store, "store");
        this.oauth = Objects.requireNonNull(oauth, "oauth");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.key = "tiktok-report-token:" + appId + ":" + sha256(authCode);
    }

    @Override
    public String accessToken() {
        Current known = current;
        if (known != null && !due(known)) {
            return known.token();
        }
        synchronized (this) {
            if (current == null) {
                current = obtain();
            }
            if (due(current)) {
                current = refreshed(current, "it expires soon");
            }
            return current.token();
        }
    }

    @Override
    public synchronized boolean renew(String rejected) {
        if (current != null && !current.token().equals(rejected)) {
            return true;    // another request renewed it meanwhile
        }
        if (current == null || current.refreshToken() == null) {
            return false;   // a long-term token: TikTok's refusal stands
        }
        current = refreshed(current, "TikTok refused it");
        return true;
    }

    private boolean due(Current token) {
        return token.refreshAt() != null && !clock.instant().isBefore(token.refreshAt());
    }

    private Current obtain() {
        String kept = store.get(key);
        if (kept != null && !kept.isBlank()) {
            LOG.info("Using the access token of app {} kept in tokenRepository from an earlier exchange of its auth"
                     + " code", appId);
            String refreshToken = store.get(key + ":refresh");
            String refreshAt = store.get(key + ":refresh-at");
            return new Current(kept, refreshToken == null || refreshToken.isBlank() ? null : refreshToken,
                    refreshAt == null || refreshAt.isBlank() ? null : Instant.parse(refreshAt));
        }
        AccessTokenGrant grant = oauth.exchangeAuthCode(appId, appSecret, authCode);
        LOG.info("Exchanged the auth code of app {} for an access token{}; authorized advertisers: {}", appId,
                grant.refreshable() ? " valid for " + grant.expiresIn() + ", refreshed before it expires" : "",
                grant.advertiserIds());
        return kept(grant);
    }

    private Current refreshed(Current old, String why) {
        AccessTokenGrant grant = oauth.refresh(appId, appSecret, old.refreshToken());
        LOG.info("Refreshed the access token of app {} ({}){}", appId, why,
                grant.refreshable() ? "; the new one is valid for " + grant.expiresIn() : "");
        return kept(grant);
    }

    /** The grant in use, and in the store: the token, and its refresh token and refresh time when it expires. */
    private Current kept(AccessTokenGrant grant) {
        Instant refreshAt = null;
        String refreshToken = null;
        if (grant.refreshable()) {
            Duration lifetime = grant.expiresIn();
            Duration tenth = lifetime.dividedBy(10);
            Duration headStart = tenth.compareTo(MAX_HEAD_START) < 0 ? tenth : MAX_HEAD_START;
            refreshAt = clock.instant().plus(lifetime).minus(headStart);
            refreshToken = grant.refreshToken();
        }
        store.put(key, grant.accessToken());
        if (refreshToken != null) {
            store.put(key + ":refresh", refreshToken);
            store.put(key + ":refresh-at", refreshAt.toString());
        }
        return new Current(grant.accessToken(), refreshToken, refreshAt);
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
