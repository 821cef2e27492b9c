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

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What TikTok's answers mean: an HTTP status that never reached its API, the envelope's {@code code}, and the
 * message of a failure (the code's meaning first, TikTok's words, the call), never with a secret in it.
 */
public final class TikTokAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(TikTokAnswers.class);

    private TikTokAnswers() {
    }

    /**
     * A non-200 answer never reached TikTok's API logic: a gateway or routing fault. A redirect is never followed:
     * the request would carry the access token to wherever it points.
     */
    public static void checkHttpStatus(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400) {
            EntityUtils.consume(response.getEntity());
            Header location = response.getFirstHeader("Location");
            throw TikTokApiException.httpStatus("TikTok's address answered HTTP " + status + " "
                    + response.getReasonPhrase() + ", a redirect to " + origin(location == null ? null
                            : location.getValue()) + ". Redirects are never followed, so that the access token never"
                    + " goes to another host: check baseUrl and any proxy on the way", status, false);
        }
        if (status != 200) {
            EntityUtils.consume(response.getEntity());
            throw TikTokApiException.httpStatus("TikTok answered HTTP " + status + " " + response.getReasonPhrase(),
                    status, TikTokErrorCodes.isRetryableHttpStatus(status));
        }
    }

    /**
     * Success is {@code code == 0} (TikTok answers errors with HTTP 200); anything else throws.
     *
     * @param secrets what to remove from TikTok's message besides what the caller removed
     */
    public static void checkCode(long code, String message, String requestId, String... secrets) {
        if (code == TikTokErrorCodes.OK) {
            return;
        }
        String apiMessage = redact(message, secrets);
        if (code == TikTokErrorCodes.PARTIAL_SUCCESS) {
            LOG.warn("TikTok answered partial success (request_id {}): {}", requestId, apiMessage);
            return;
        }
        throw TikTokApiException.envelope(describe(code, apiMessage, requestId, null, null), code, apiMessage,
                requestId, TikTokErrorCodes.isRetryable(code));
    }

    /**
     * The message of an error in TikTok's envelope: the code and its meaning first (which advertiser, what to do),
     * TikTok's own words next, then the call that met it.
     *
     * @param call          e.g. {@code GET /open_api/v1.3/advertiser/info/}, or null
     * @param advertiserIds the request's advertiser(s), or null
     */
    static String describe(long code, String apiMessage, String requestId, String call, String advertiserIds) {
        StringBuilder text = new StringBuilder(code == TikTokApiException.NO_CODE ? "TikTok's answer carries no code"
                : "TikTok API error " + code);
        String meaning = TikTokErrorCodes.meaning(code, advertiserIds);
        if (meaning != null) {
            text.append(", ").append(meaning);
        }
        if (apiMessage != null && !apiMessage.isBlank()) {
            text.append(meaning != null ? ". TikTok says: " : ": ").append(apiMessage);
        } else {
            text.append(" (no message)");
        }
        if (requestId != null && !requestId.isBlank()) {
            text.append(" (request_id ").append(requestId).append(')');
        }
        if (call != null) {
            text.append(" [").append(call).append(']');
        }
        return text.toString();
    }

    /**
     * An envelope error, its message told which call met it and for which advertiser. Only plain envelope errors
     * (checkCode's) are rebuilt: a subclass (a truncated or shifting report) keeps its type and its own words.
     */
    static TikTokApiException inCall(TikTokApiException e, String call, HttpUriRequestBase request) {
        if (e.getClass() != TikTokApiException.class || e.getCode() == TikTokApiException.NO_CODE
                || e.getHttpStatus() != 200) {
            return e;
        }
        String advertiserIds = null;
        try {
            for (NameValuePair p : new URIBuilder(request.getUri()).getQueryParams()) {
                if ("advertiser_id".equals(p.getName()) || "advertiser_ids".equals(p.getName())) {
                    advertiserIds = p.getValue().replaceAll("[\\[\\]\"\\s]", "");
                }
            }
        } catch (URISyntaxException ignored) {
            // the call alone is context enough
        }
        return e.retold(describe(e.getCode(), e.getApiMessage(), e.getRequestId(), call, advertiserIds),
                e.isRetryable(), e.getCause());
    }

    /** Scheme, host and port of a redirect target: never its path or query, which may echo a secret. */
    static String origin(String location) {
        if (location == null || location.isBlank()) {
            return "nowhere (no Location header)";
        }
        try {
            URI uri = URI.create(location.trim());
            if (uri.getHost() == null) {
                return "a path on the same host";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "an unreadable location";
        }
    }

    /** Removes secrets from text that may echo them. */
    public static String redact(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, "xxxxxx");
            }
        }
        return result;
    }
}
