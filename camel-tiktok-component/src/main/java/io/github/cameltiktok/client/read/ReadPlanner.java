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
package io.github.cameltiktok.client.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cameltiktok.client.account.AdvertiserDirectory;
import io.github.cameltiktok.client.account.AdvertiserInfo;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.DateWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what is to be read (advertisers, GMV Max stores, the window rule, a consumer's progress) into the parts of
 * a read: each advertiser (for GMV Max, each of its stores) with its window and the fields its rows carry, and the
 * advertisers (or stores) that cannot be read, with the reason. Where a window ends today, today is the
 * advertiser's own day: TikTok's dates are days in the account's time zone. The accounts are asked of TikTok only
 * when needed, all at once, and kept for a day.
 */
public final class ReadPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(ReadPlanner.class);

    private final ReportKind kind;
    private final WindowRule windows;
    private final List<String> advertiserFields;
    private final AdvertiserDirectory advertisers;
    /** The report asks TikTok's totals: over several advertisers they are kept per account currency. */
    private final boolean totals;

    /**
     * @param advertiserFields fields of the advertiser's account added to each row ({@code currency},
     *                         {@code timezone})
     * @param totals           the report asks TikTok's totals, so reads of several advertisers learn their currency
     */
    public ReadPlanner(ReportKind kind, WindowRule windows, List<String> advertiserFields,
                       AdvertiserDirectory advertisers, boolean totals) {
        this.totals = totals;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.windows = Objects.requireNonNull(windows, "windows");
        this.advertiserFields = List.copyOf(advertiserFields);
        this.advertisers = Objects.requireNonNull(advertisers, "advertisers");
    }

    /** Where a consumer stands: the last day it delivered for an advertiser (and GMV Max store). */
    @FunctionalInterface
    public interface Progress {
        /**
         * @return the day, or null when none was delivered
         * @throws RuntimeException when the stored progress cannot be read: that part fails, the others are read
         */
        LocalDate lastDelivered(String advertiserId, String storeId);
    }

    /** The parts of a read, and the advertisers (or stores) left out of it with the reason. */
    public record ReadPlan(List<ReadPart> parts, Map<String, RuntimeException> failures) {
    }

    /**
     * A producer's read: the endpoint's window, either end replaced by the message's.
     *
     * @param storeIds the GMV Max stores to read, or null for those TikTok lists for each advertiser
     */
    public ReadPlan plan(List<String> advertiserIds, List<String> storeIds, LocalDate startOverride,
                         LocalDate endOverride) {
        return plan(advertiserIds, storeIds, windows.endsToday(endOverride),
                (id, store, today) -> windows.window(today, startOverride, endOverride));
    }

    /** A consumer's poll: each part resumes from its progress when the window ends today, else the fixed window. */
    public ReadPlan plan(List<String> advertiserIds, List<String> storeIds, Progress progress) {
        boolean resumes = windows.resumes();
        return plan(advertiserIds, storeIds, windows.endsToday(null), (id, store, today) -> windows.resumed(
                resumes ? progress.lastDelivered(id, store) : null, today));
    }

    /** The window of one part, given its advertiser's today. */
    @FunctionalInterface
    private interface PartWindow {
        DateWindow window(String advertiserId, String storeId, LocalDate today);
    }

    private ReadPlan plan(List<String> advertiserIds, List<String> storeIds, boolean endsToday,
                          PartWindow windowOf) {
        boolean currencies = totals && advertiserIds.size() > 1;
        AdvertiserDirectory.Lookup lookup = kind.readsAccounts()
                && (endsToday || !advertiserFields.isEmpty() || currencies)
                ? advertisers.get(advertiserIds) : new AdvertiserDirectory.Lookup(Map.of(), Map.of());
        List<ReadPart> parts = new ArrayList<>();
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        lookup.failures().forEach((id, e) -> failures.put(id, inContext(e, "met while looking up the time zone of"
                + " advertiser " + id + " (the day its window ends) at TikTok's /advertiser/info/, so its report was"
                + " not read")));
        for (String id : advertiserIds) {
            if (lookup.failures().containsKey(id)) {
                continue;
            }
            AdvertiserInfo info = lookup.infos().get(id);
            LocalDate today = info != null ? advertisers.today(info) : LocalDate.now();
            List<String> stores = Collections.singletonList(null);
            if (kind.readsStores()) {
                try {
                    stores = storeIds != null ? storeIds : advertisers.gmvMaxStores(id);
                } catch (RuntimeException e) {
                    failures.put(id, inContext(e, "met while listing the TikTok Shop stores of advertiser " + id
                            + " at TikTok's /gmv_max/store/list/, so its GMV Max report was not read"));
                    continue;
                }
                if (stores.isEmpty()) {
                    LOG.debug("Advertiser {} has no TikTok Shop available for GMV Max: nothing to read", id);
                }
            }
            for (String store : stores) {
                Map<String, Object> rowFields = new LinkedHashMap<>();
                advertiserFields.forEach(field -> rowFields.put(field, info.field(field)));
                try {
                    parts.add(new ReadPart(id, store, windowOf.window(id, store, today), rowFields,
                            info == null ? null : info.currency(), info == null ? null : info.zone(),
                            kind.idField()));
                } catch (RuntimeException e) {
                    failures.put(id + (store == null ? "" : "/" + store), e);
                }
            }
        }
        return new ReadPlan(parts, failures);
    }

    /**
     * A look-up's failure told with where it was met: TikTok's own errors stay {@link TikTokApiException} (one
     * exception, TikTok's words once); another failure is wrapped.
     */
    private static RuntimeException inContext(RuntimeException e, String context) {
        if (e instanceof TikTokApiException tiktok) {
            return tiktok.withContext(context);
        }
        return new IllegalStateException(e.getMessage() + " — " + context, e);
    }
}
