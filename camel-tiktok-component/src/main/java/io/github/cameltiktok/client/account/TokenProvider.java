package io.github.cameltiktok.client.account;

/**
 * Where requests get the access token from: a token given as such, or one obtained once by exchanging an auth code
 * ({@link AuthCodeExchange}). One provider per TikTok app, shared by its endpoints.
 */
@FunctionalInterface
public interface TokenProvider {

    /** The token to send; may obtain it on first use. */
    String accessToken();

    /** A token given as such. */
    static TokenProvider of(String accessToken) {
        return () -> accessToken;
    }

    /** For requests that carry no token (the code exchange itself): asking for one is a bug. */
    static TokenProvider none() {
        return () -> {
            throw new IllegalStateException("This call is sent without an access token");
        };
    }
}
