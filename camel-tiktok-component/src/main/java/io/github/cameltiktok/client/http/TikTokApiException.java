package io.github.cameltiktok.client;

/**
 * A failed call to TikTok: an envelope with a non-zero {@code code}, an HTTP error status, or an unreadable answer.
 * The message never contains the access token, app secret or auth code.
 */
public class TikTokApiException extends RuntimeException {

    /** Code used when TikTok's envelope could not be read (HTTP error, malformed JSON, I/O failure). */
    public static final long NO_CODE = -1;

    private final long code;
    private final String apiMessage;
    private final String requestId;
    private final int httpStatus;
    private final boolean retryable;

    public TikTokApiException(String message, long code, String apiMessage, String requestId, int httpStatus,
                              boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.apiMessage = apiMessage;
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** TikTok's return code, or {@link #NO_CODE}. */
    public long getCode() {
        return code;
    }

    /** TikTok's own message for the code. */
    public String getApiMessage() {
        return apiMessage;
    }

    /** TikTok's request_id, to quote in a support ticket; null when no envelope was read. */
    public String getRequestId() {
        return requestId;
    }

    /** The HTTP status of the answer, 0 when none arrived. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** Whether the same request may succeed later (throttling, server errors, broken connections). */
    public boolean isRetryable() {
        return retryable;
    }
}
