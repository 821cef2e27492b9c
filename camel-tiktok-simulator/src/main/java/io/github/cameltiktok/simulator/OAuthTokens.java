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
package io.github.cameltiktok.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The app's tokens: the configured long-term one, those the code exchange hands out, and (when TikTok's tokens
 * expire, {@link OpenQuestion#EXPIRING_TOKENS}) their refresh tokens. A long-term token has no timer and no refresh
 * token, and refreshing it is refused with 40107 (TikTok's error list: "using a refresh token to refresh a long-time
 * access token"); an expiring one is refused with 40102 once it expired.
 */
final class OAuthTokens {

    /** TikTok's 24 hours of other integrators' expiring tokens. */
    static final Duration EXPIRING_LIFETIME = Duration.ofHours(24);
    /** A refresh token lasts a year (TikTok's SDK, of creator tokens). */
    static final Duration REFRESH_LIFETIME = Duration.ofDays(365);

    /** An access token's app and the nano time it expires at (Long.MAX_VALUE: never). */
    private record Token(String app, long expiresAt) {
    }

    private final SimulatorConfig config;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** refresh token -> app. */
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    /** auth codes not yet exchanged -> app id. */
    private final Map<String, String> authCodes = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();
    /** The lifetime of the tokens handed out from now on; null: TikTok's answer of the open question. */
    private volatile Duration lifetime;

    OAuthTokens(SimulatorConfig config) {
        this.config = config;
        tokens.put(config.accessToken(), new Token(config.appId(), Long.MAX_VALUE));
    }

    /** The tokens handed out from now on expire after this (a test's short day); null: as the open question says. */
    void lifetime(Duration value) {
        lifetime = value;
    }

    /** How many refreshes were answered. */
    long refreshes() {
        return refreshes.get();
    }

    /** A new auth code of the authorization page. */
    String newCode(String appId) {
        String code = "simcode" + Long.toHexString(SyntheticData.mix(sequence.incrementAndGet()));
        authCodes.put(code, appId);
        return code;
    }

    /** {@code /oauth2/access_token/}: the code, once, for a token. */
    Map<String, Object> exchange(String appId, String secret, String code, Supplier<List<String>> advertisers) {
        checkApp(appId, secret);
        if (!appId.equals(authCodes.remove(code))) {
            throw new ApiError(ApiError.AUTH_CODE_INVALID, "Auth_code is invalid, expired or already used.");
        }
        Map<String, Object> data = grant(appId);
        data.put("advertiser_ids", advertisers.get());
        data.put("scope", List.of(4, 5, 6));
        return data;
    }

    /** {@code /oauth2/refresh_token/}: a refresh token of an expiring token for a new pair; none for long-term ones. */
    Map<String, Object> refresh(String appId, String secret, String refreshToken) {
        checkApp(appId, secret);
        if (refreshToken == null || !appId.equals(refreshTokens.remove(refreshToken))) {
            throw new ApiError(ApiError.REFRESH_REFUSED, "The refresh token is invalid, or the access token is a"
                                                         + " long-term token that is not refreshed.");
        }
        refreshes.incrementAndGet();
        return grant(appId);
    }

    /** The app of a token sent with a request. */
    String authenticate(String token) {
        if (token == null || token.isEmpty()) {
            throw new ApiError(ApiError.TOKEN_MISSING, "The access token is empty. You should set it in http header"
                                                       + " with key Access-Token.");
        }
        Token known = tokens.get(token);
        if (known == null) {
            throw new ApiError(ApiError.TOKEN_INVALID, "Access token is incorrect or has been revoked.");
        }
        if (System.nanoTime() - known.expiresAt() >= 0 && known.expiresAt() != Long.MAX_VALUE) {
            throw new ApiError(ApiError.TOKEN_EXPIRED, "Access token has expired.");
        }
        return known.app();
    }

    private void checkApp(String appId, String secret) {
        if (!config.appId().equals(appId) || !config.appSecret().equals(secret)) {
            throw new ApiError(ApiError.INVALID_AUTH_PARAMETERS, "The app_id or secret is invalid.");
        }
    }

    /** A new token of the app: long-term, or expiring with a refresh token. */
    private Map<String, Object> grant(String appId) {
        String token = "sim-" + Long.toHexString(SyntheticData.mix(sequence.incrementAndGet() + 7))
                       + Long.toHexString(SyntheticData.mix(System.nanoTime()));
        Duration life = lifetime != null ? lifetime
                : config.quirks().other(OpenQuestion.EXPIRING_TOKENS) ? EXPIRING_LIFETIME : null;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("access_token", token);
        if (life == null) {
            tokens.put(token, new Token(appId, Long.MAX_VALUE));
            return data;
        }
        tokens.put(token, new Token(appId, System.nanoTime() + life.toNanos()));
        String refresh = "simrefresh-" + Long.toHexString(SyntheticData.mix(sequence.incrementAndGet() + 11));
        refreshTokens.put(refresh, appId);
        data.put("refresh_token", refresh);
        data.put("expires_in", life.toSeconds());
        data.put("refresh_token_expires_in", REFRESH_LIFETIME.toSeconds());
        return data;
    }
}
