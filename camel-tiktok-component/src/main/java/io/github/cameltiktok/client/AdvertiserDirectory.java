package io.github.cameltiktok.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The advertisers' time zones and currencies, asked of TikTok once for all advertisers that lack them (in batches)
 * and kept for a day: an account's zone rarely changes, and a day-old answer is fresh enough to tell its date.
 */
public final class AdvertiserDirectory {

    /** How long an answer of {@code /advertiser/info/} is used before it is asked again. */
    public static final Duration REFRESH_AFTER = Duration.ofDays(1);

    private record Entry(AdvertiserInfo info, Instant fetched) {
    }

    private final AccountClient accounts;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public AdvertiserDirectory(AccountClient accounts, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Each advertiser's account facts, asking TikTok only for those not known or older than a day. */
    public Map<String, AdvertiserInfo> get(Collection<String> advertiserIds) {
        Instant now = clock.instant();
        List<String> missing = new ArrayList<>();
        for (String id : advertiserIds) {
            Entry entry = entries.get(id);
            if (entry == null || !entry.fetched().plus(REFRESH_AFTER).isAfter(now)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            accounts.advertiserInfo(missing).forEach((id, info) -> entries.put(id, new Entry(info, now)));
        }
        Map<String, AdvertiserInfo> infos = new LinkedHashMap<>();
        advertiserIds.forEach(id -> infos.put(id, entries.get(id).info()));
        return infos;
    }

    /** Today in the advertiser's time zone: the last day its reports have. */
    public LocalDate today(AdvertiserInfo info) {
        return LocalDate.now(clock.withZone(info.zone()));
    }
}
