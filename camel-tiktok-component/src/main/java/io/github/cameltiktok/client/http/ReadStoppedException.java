package io.github.cameltiktok.client.http;

/**
 * A read given up because its caller stops (a stopping route, a poll past its deadline): no further request is sent,
 * and the window is read again after the restart. Never retried.
 */
public final class ReadStoppedException extends TikTokApiException {

    public ReadStoppedException(String message) {
        super(message, NO_CODE, null, null, 0, false, null);
    }
}
