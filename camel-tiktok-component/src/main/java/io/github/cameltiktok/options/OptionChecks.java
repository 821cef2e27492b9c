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
package io.github.cameltiktok.options;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.cameltiktok.TikTokReportConfiguration;
import io.github.cameltiktok.client.catalog.Checks;
import io.github.cameltiktok.client.catalog.FieldCheck;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.TikTokIds;
import io.github.cameltiktok.client.read.Reconciler;
import org.slf4j.Logger;

/**
 * The checks of option values that reports and entity tables share: the connection (credentials, base URL,
 * retries), numbers within bounds, dates, the campaign scope, the advertisers left out, the choices of a few
 * values. Every message is built by {@link Checks#invalidValue}, so that they all read alike.
 */
public final class OptionChecks {

    private OptionChecks() {
    }

    /**
     * The end of an endpoint's checks: each warning logged once, naming the endpoint, then every error at once.
     *
     * @param name the endpoint's report or table name ({@code tiktok-report:name})
     * @throws IllegalArgumentException naming each bad option, its value and what is allowed
     */
    static void logWarningsOrFail(Logger log, String name, List<String> errors, List<String> warnings) {
        warnings.forEach(warning -> log.warn("tiktok-report:{}: {}", name, warning));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid tiktok-report:" + name + " endpoint: "
                                               + String.join("; ", errors));
        }
    }

    /** The check validateFields names; an unknown value is an error naming the allowed ones. */
    static FieldCheck fieldCheck(TikTokReportConfiguration c, List<String> errors) {
        FieldCheck check = FieldCheck.of(c.getValidateFields());
        if (check == null) {
            errors.add(Checks.invalidValue("validateFields", c.getValidateFields(), null, FieldCheck.allowed()));
            return FieldCheck.NEW_NAMES_SENT;
        }
        return check;
    }

    /** The campaigns counted ({@code buyingTypes}, {@code campaignOrigins}): each a non-empty list of TikTok's values. */
    static CampaignScope campaignScope(TikTokReportConfiguration c, List<String> errors) {
        return new CampaignScope(listOption("buyingTypes", c.getBuyingTypes(), CampaignScope.BUYING_TYPES, errors),
                listOption("campaignOrigins", c.getCampaignOrigins(), CampaignScope.ORIGINS, errors));
    }

    /**
     * buyingTypes and campaignOrigins narrow what is counted; a filter of the same field does too: one of them.
     *
     * @param prefix how the filters name a field in a message ({@code "filters."} or {@code "filters field_name "})
     */
    static void scopeNotNamedTwice(CampaignScope scope, boolean buyingNamed, boolean originsNamed, String prefix,
                                   List<String> errors) {
        if (buyingNamed && !scope.buyingTypes().equals(CampaignScope.BUYING_TYPES)) {
            errors.add("Invalid options buyingTypes and " + prefix + "buying_type(s) together: name the buying types"
                       + " counted once. Allowed values: buyingTypes=" + String.join(",", scope.buyingTypes())
                       + " without the filter");
        }
        if (originsNamed && !scope.origins().equals(CampaignScope.ORIGINS)) {
            errors.add("Invalid options campaignOrigins and " + prefix + "campaign_system_origins together: name the"
                       + " origins counted once. Allowed values: campaignOrigins=" + String.join(",", scope.origins())
                       + " without the filter");
        }
    }

    private static List<String> listOption(String option, String value, List<String> allowed, List<String> errors) {
        List<String> values = new ArrayList<>();
        for (String name : value == null ? new String[0] : value.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!allowed.contains(trimmed)) {
                errors.add(Checks.invalidValue(option, trimmed, null, String.join(", ", allowed)));
            } else if (!values.contains(trimmed)) {
                values.add(trimmed);
            }
        }
        if (values.isEmpty() && errors.stream().noneMatch(e -> e.contains("for option " + option + "."))) {
            errors.add("Missing value for option " + option + ": name at least one. Allowed values: "
                       + String.join(", ", allowed));
        }
        return values;
    }

    /**
     * The advertisers an endpoint without advertiserId leaves out of those TikTok lists; checked, and refused where
     * nothing is discovered.
     */
    public static List<String> excludedAdvertisers(TikTokReportConfiguration c, List<String> errors) {
        atLeast(errors, "advertiserDiscoveryInterval", c.getAdvertiserDiscoveryInterval(), 0);
        if (c.getExcludeAdvertiserId() == null || c.getExcludeAdvertiserId().isBlank()) {
            return List.of();
        }
        if (!c.discoversAdvertisers()) {
            errors.add("Invalid option excludeAdvertiserId: it leaves advertisers out of those TikTok lists for the"
                       + " token, read when advertiserId is not given and appId and appSecret are");
            return List.of();
        }
        return TikTokIds.parse(c.getExcludeAdvertiserId(), "option excludeAdvertiserId", "advertiser", errors);
    }

    /** The options every endpoint has, reports and entity tables: credentials, where TikTok is, retries. */
    static void checkConnection(TikTokReportConfiguration c, List<String> errors) {
        checkCredentials(c, errors);
        checkBaseUrl(c.getBaseUrl(), errors);
        atLeast(errors, "maxRetries", c.getMaxRetries(), 0);
        atLeast(errors, "retryInitialDelay", c.getRetryInitialDelay(), 1);
        if (c.getRetryMaxDelay() < c.getRetryInitialDelay()) {
            errors.add(Checks.invalidValue("retryMaxDelay", c.getRetryMaxDelay(), "below retryInitialDelay "
                    + c.getRetryInitialDelay(), c.getRetryInitialDelay() + " or more (milliseconds)"));
        }
        atLeast(errors, "throttleRetryTimeout", c.getThrottleRetryTimeout(), 0);
    }

    /** A date given in a header, or null when the header is absent. */
    public static LocalDate headerDate(String value, String header) {
        List<String> errors = new ArrayList<>();
        LocalDate date = parseDate(value, "header " + header, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return date;
    }

    /**
     * The token travels to baseUrl: only over TLS, or in clear text to this machine (tests, a local simulator).
     */
    static void checkBaseUrl(String baseUrl, List<String> errors) {
        String allowed = "an absolute https:// URL (default " + TikTokReportCatalog.PRODUCTION_URL
                         + "), or http:// to a loopback host (127.0.0.1, localhost, [::1])";
        URI uri;
        try {
            uri = baseUrl == null ? null : new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            errors.add(Checks.invalidValue("baseUrl", baseUrl, "not an absolute http(s) URL without user, query or"
                                                            + " fragment", allowed));
            return;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
            errors.add(Checks.invalidValue("baseUrl", baseUrl, "http:// would send the access token in clear text"
                                                            + " to " + uri.getHost(), allowed));
        } else if (!"http".equals(scheme) && !"https".equals(scheme)) {
            errors.add(Checks.invalidValue("baseUrl", baseUrl, "scheme " + scheme, allowed));
        }
    }

    /** A loopback address written as such: no name is looked up. */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return "localhost".equals(h) || "[::1]".equals(h) || "::1".equals(h)
               || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** lookbackDays above a year would re-read most of TikTok's history on every poll. */
    static final int MAX_LOOKBACK_DAYS = 365;
    /** A month: TikTok's latest restatements (late conversions) fall well within it. */
    static final int MAX_SETTLE_HOURS = 720;
    /** More chunk readers than this only queue for the rate limiter. */
    static final int MAX_CONCURRENCY = 64;

    /** The last day any advertiser can have figures for: tomorrow in the zone furthest ahead (UTC+14). */
    static LocalDate latestDay() {
        return LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1);
    }

    /** An access token, or the OAuth exchange's app id, secret and code; not both, never blank. */
    private static void checkCredentials(TikTokReportConfiguration c, List<String> errors) {
        String token = c.getAccessToken();
        if (token != null && token.isBlank()) {
            errors.add("Invalid option accessToken: it is blank. Allowed values: TikTok's access token, e.g."
                       + " camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}}");
        } else if (token != null && c.getAuthCode() != null) {
            errors.add("Invalid options accessToken and authCode together: give an access token, or appId,"
                       + " appSecret and authCode to obtain one, not both");
        } else if (token == null && (c.getAppId() == null || c.getAppSecret() == null || c.getAuthCode() == null)) {
            errors.add("Missing option accessToken: give an access token, or appId, appSecret and authCode to obtain"
                       + " one (e.g. camel.component.tiktok-report.access-token={{env:TIKTOK_ACCESS_TOKEN}})");
        }
    }

    static ReadMode mode(String value, List<String> errors) {
        for (ReadMode mode : ReadMode.values()) {
            if (mode.optionValue().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        errors.add(Checks.invalidValue("mode", value, null, "auto, sync, async"));
        return null;
    }

    static Reconciler.Mode reconcile(String value, List<String> errors) {
        for (Reconciler.Mode mode : Reconciler.Mode.values()) {
            if (mode.optionValue().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        errors.add(Checks.invalidValue("reconcile", value, null, "off, warn, fail"));
        return Reconciler.Mode.OFF;
    }

    static void between(List<String> errors, String option, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            errors.add(Checks.invalidValue(option, value, null, min + " to " + max + " " + unit));
        }
    }

    static void atLeast(List<String> errors, String option, long value, long min) {
        if (value < min) {
            errors.add(Checks.invalidValue(option, value, null, min + " or more"));
        }
    }

    static LocalDate parseDate(String value, String source, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add("Invalid value '" + value + "' for " + source + ". Allowed values: a date as yyyy-MM-dd");
            return null;
        }
    }
}
