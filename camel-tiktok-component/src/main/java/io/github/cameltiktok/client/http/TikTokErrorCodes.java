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

import java.util.Set;

/** TikTok's return codes that matter to a client (TikTok's v1.3 return codes; docs/errors.md tells what the component does with each). */
public final class TikTokErrorCodes {

    public static final long OK = 0;
    public static final long PARTIAL_SUCCESS = 20001;
    public static final long NO_PERMISSION = 40001;
    public static final long INVALID_PARAMETER = 40002;
    public static final long TOO_MANY_REQUESTS = 40100;
    public static final long TOKEN_EXPIRED = 40102;
    public static final long TOKEN_MISSING = 40104;
    public static final long TOKEN_INVALID = 40105;
    public static final long ADVERTISER_QPS_LIMIT = 40133;
    public static final long SYSTEM_ERROR = 50000;
    /** "The query is too large": narrower dates or fewer objects answer (unconfirmed beyond the report). */
    public static final long QUERY_TOO_LARGE = 40067;
    /** Asynchronous tasks not allowed for this app or advertiser: no permission, not allow-listed, unsupported. */
    private static final Set<Long> TASKS_REFUSED = Set.of(40001L, 40118L, 40125L);

    /** Throttling, conflicts, task-not-ready and server-side codes: the same request may succeed later. */
    private static final Set<Long> RETRYABLE = Set.of(
            40016L, TOO_MANY_REQUESTS, 40132L, ADVERTISER_QPS_LIMIT, 40201L, 40202L, 40700L, SYSTEM_ERROR, 50002L,
            60001L);

    private TikTokErrorCodes() {
    }

    public static boolean isRetryable(long code) {
        return RETRYABLE.contains(code) || (code >= 51000 && code < 52000);
    }

    /** Whether a failed task creation means the app may not use asynchronous report tasks at all. */
    /** TikTok refused the token as expired or invalid: a token that can be refreshed is, once. */
    public static boolean isTokenRefused(long code) {
        return code == TOKEN_EXPIRED || code == TOKEN_INVALID;
    }

    public static boolean isTaskRefusal(long code) {
        return TASKS_REFUSED.contains(code);
    }

    /** TikTok's throttling: its per-app (40100) or per-advertiser (40133) limit, or HTTP 429. */
    public static boolean isThrottling(TikTokApiException failure) {
        return failure.getCode() == TOO_MANY_REQUESTS || failure.getCode() == ADVERTISER_QPS_LIMIT
               || failure.getHttpStatus() == 429;
    }

    /**
     * A code in the user's terms and what to do about it, to lead an error message; null for a code with nothing to
     * add to TikTok's own message.
     *
     * @param advertiserIds the advertiser(s) the request was about, or null
     */
    public static String meaning(long code, String advertiserIds) {
        String advertiser = advertiserIds == null || advertiserIds.isBlank() ? "" : " for advertiser " + advertiserIds;
        return switch ((int) code) {
            case 40001 -> "no permission" + advertiser + ": the access token's TikTok user has not authorized it to"
                          + " your app, or the app lacks the scope of this call. Check advertiserId (the advertisers"
                          + " the token may read are listed by /oauth2/advertiser/get/) and the app's scopes";
            case 40002 -> "a request parameter was refused" + advertiser;
            case 40067 -> "the query is too large" + advertiser + ": ask for fewer days or objects";
            case 40100 -> "too many requests from this app: TikTok's per-app QPS limit was reached; lower"
                          + " requestsPerSecond";
            case 40102 -> "the access token has expired: get a new one (Connect with TikTok) and set accessToken";
            case 40104 -> "no access token was sent: set accessToken, or appId, appSecret and authCode";
            case 40107 -> "TikTok does not refresh this token: a long-term Marketing API token is used until it is"
                          + " revoked (Connect with TikTok for a new one)";
            case 40105 -> "the access token is invalid or revoked: get a new one (Connect with TikTok) and set"
                          + " accessToken";
            case 40133 -> "too many requests" + advertiser + ": TikTok's per-advertiser limit was reached";
            case 50000, 50002 -> "TikTok's servers failed or were busy; it may work later";
            default -> null;
        };
    }

    public static boolean isRetryableHttpStatus(int status) {
        return status == 429 || status >= 500;
    }
}
