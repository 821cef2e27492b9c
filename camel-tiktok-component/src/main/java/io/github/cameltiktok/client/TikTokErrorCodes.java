package io.github.cameltiktok.client;

import java.util.Set;

/** TikTok's return codes that matter to a client (shared/tiktok-api.md, "Error codes"). */
public final class TikTokErrorCodes {

    public static final long OK = 0;
    public static final long PARTIAL_SUCCESS = 20001;
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
    public static boolean isTaskRefusal(long code) {
        return TASKS_REFUSED.contains(code);
    }

    /** TikTok's throttling: its per-app (40100) or per-advertiser (40133) limit, or HTTP 429. */
    public static boolean isThrottling(TikTokApiException failure) {
        return failure.getCode() == TOO_MANY_REQUESTS || failure.getCode() == ADVERTISER_QPS_LIMIT
               || failure.getHttpStatus() == 429;
    }

    public static boolean isRetryableHttpStatus(int status) {
        return status == 429 || status >= 500;
    }
}
