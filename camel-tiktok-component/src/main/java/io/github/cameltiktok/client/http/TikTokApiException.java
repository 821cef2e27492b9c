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

    protected TikTokApiException(String message, long code, String apiMessage, String requestId, int httpStatus,
                                 boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.apiMessage = apiMessage;
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** A failure on this side, before or without an answer (interrupted, cancelled): nothing to retry. */
    public static TikTokApiException failure(String message, Throwable cause) {
        return new TikTokApiException(message, NO_CODE, null, null, 0, false, cause);
    }

    /** A request that got no answer (a broken connection, a timeout); retried when it may succeed later. */
    public static TikTokApiException noAnswer(String message, boolean retryable) {
        return new TikTokApiException(message, NO_CODE, null, null, 0, retryable, null);
    }

    /** An answer with an HTTP error status: TikTok's API logic never saw the request. */
    public static TikTokApiException httpStatus(String message, int status, boolean retryable) {
        return new TikTokApiException(message, NO_CODE, null, null, status, retryable, null);
    }

    /** TikTok's envelope with a non-zero {@code code} (TikTok answers errors with HTTP 200). */
    public static TikTokApiException envelope(String message, long code, String apiMessage, String requestId,
                                              boolean retryable) {
        return new TikTokApiException(message, code, apiMessage, requestId, 200, retryable, null);
    }

    /** An answer that arrived whole but cannot be used (a field missing, JSON where a file was due). */
    public static TikTokApiException unusableAnswer(String message, String requestId, Throwable cause) {
        return new TikTokApiException(message, NO_CODE, null, requestId, 200, false, cause);
    }

    /** An unusable answer with no request id. */
    public static TikTokApiException unusableAnswer(String message) {
        return unusableAnswer(message, null, null);
    }

    /**
     * The same failure told another way (with its context), TikTok's code, words, request id and status kept.
     *
     * @param cause the cause of the new exception (this one, to keep its trace; or this one's own cause)
     */
    public TikTokApiException retold(String message, boolean retryable, Throwable cause) {
        return new TikTokApiException(message, code, apiMessage, requestId, httpStatus, retryable, cause);
    }

    /**
     * This failure with where it was met added to its message ({@code "… — met while …"}), as one exception: TikTok's
     * code, words, request id, status, cause and trace kept, so a route's {@code catch (TikTokApiException e)} sees
     * it and a log prints TikTok's words once. A subclass (a truncated report, a stopped read) keeps its type and its
     * message, which names its context already; so does a message that names it.
     */
    public TikTokApiException withContext(String context) {
        if (getClass() != TikTokApiException.class || String.valueOf(getMessage()).contains(context)) {
            return this;
        }
        return withMessage(getMessage() + " — " + context);
    }

    /**
     * This failure with another message, as one exception: everything else kept (code, words, request id, status,
     * retry, cause, trace, suppressed failures). For a plain TikTokApiException: a subclass would lose its type.
     */
    public TikTokApiException withMessage(String message) {
        TikTokApiException told = retold(message, retryable, getCause());
        told.setStackTrace(getStackTrace());
        for (Throwable suppressed : getSuppressed()) {
            told.addSuppressed(suppressed);
        }
        return told;
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
