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

    /** Throttling, conflicts, task-not-ready and server-side codes: the same request may succeed later. */
    private static final Set<Long> RETRYABLE = Set.of(
            40016L, TOO_MANY_REQUESTS, 40132L, ADVERTISER_QPS_LIMIT, 40201L, 40202L, 40700L, SYSTEM_ERROR, 50002L,
            60001L);

    private TikTokErrorCodes() {
    }

    public static boolean isRetryable(long code) {
        return RETRYABLE.contains(code) || (code >= 51000 && code < 52000);
    }

    public static boolean isRetryableHttpStatus(int status) {
        return status == 429 || status >= 500;
    }
}
