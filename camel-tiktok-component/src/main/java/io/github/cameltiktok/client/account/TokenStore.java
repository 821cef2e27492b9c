package io.github.cameltiktok.client.account;

/**
 * Keeps the token an auth code was exchanged for, so that a restart needs no new exchange (TikTok accepts each code
 * once). It holds the token in clear: it must be protected as the token itself.
 */
public interface TokenStore {

    /** A store that keeps nothing beyond the provider's own memory. */
    TokenStore NONE = new TokenStore() {
        @Override
        public String get(String key) {
            return null;
        }

        @Override
        public void put(String key, String token) {
            // nothing kept
        }
    };

    /** The token kept under the key, or null. */
    String get(String key);

    void put(String key, String token);
}
