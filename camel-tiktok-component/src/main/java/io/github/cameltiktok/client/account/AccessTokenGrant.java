package io.github.cameltiktok.client.account;

import java.util.List;

/** The answer of TikTok's OAuth exchange ({@code /oauth2/access_token/}). */
public record AccessTokenGrant(String accessToken, List<String> advertiserIds, List<String> scope) {

    public AccessTokenGrant {
        advertiserIds = List.copyOf(advertiserIds);
        scope = List.copyOf(scope);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "AccessTokenGrant[accessToken=xxxxxx, advertiserIds=" + advertiserIds + ", scope=" + scope + "]";
    }
}
