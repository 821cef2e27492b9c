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
package io.github.cameltiktok.simulator;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * The ways a live TikTok account differs from a clean data set: deleted objects, advertisers in other time zones, a
 * report that is not a snapshot (its pages shift while they are read), and the other encodings of an answer seen in
 * recorded TikTok answers. Immutable; the {@code with*} methods return changed copies.
 *
 * @param deletedEvery every n-th campaign of an advertiser, n-th ad group of a campaign and n-th ad of an ad group
 *                     is deleted (with everything under it): reports leave it out unless asked for
 *                     {@code <level>_status IN ["STATUS_ALL"]}; 0 for none
 * @param timeZones    advertiser i's account is in zone {@code timeZones[i % size]} (tz database names, as TikTok's
 *                     /advertiser/info/ gives them): its dates, and no delivery after its own today
 * @param pageFault    how the pages of a synchronous report misbehave
 * @param faultyReads  reads of a report (a page 1 request starts one) that misbehave before the report settles
 * @param encoding     how report pages write their list items
 * @param live         what a live account does that a clean data set does not ({@link Live})
 * @param otherAnswers the questions TikTok's docs leave open that the simulator answers the other way
 *                     ({@link OpenQuestion})
 */
public record SimulatorQuirks(int deletedEvery, List<String> timeZones, PageFault pageFault, int faultyReads,
        Encoding encoding, Set<Live> live, Set<OpenQuestion> otherAnswers) {

    /** What a live account's figures do while TikTok works on them (its data latency page, doc 1738864894606337). */
    public enum Live {
        /**
         * The entity reads never list deleted objects, whatever their filter asks: an incomplete listing that a
         * report split by its ids loses rows by (reconciliation catches it).
         */
        LISTING_GAPS,
        /**
         * The advertiser level's figures of each advertiser's today lag the lower levels' sum by a tenth (TikTok
         * aggregates its levels at different times while a day is open).
         */
        LEVEL_LAG,
        /**
         * The figures of each advertiser's today and yesterday move with every report read (TikTok refreshes an
         * open day about every 30 minutes): two reads a second apart differ.
         */
        MOVING_OPEN_DAYS,
        /** A country_code breakdown of today and yesterday holds a tenth less (it lags about 11 hours). */
        LAGGING_BREAKDOWNS,
        /**
         * Money carries fractions of a cent: each row (and each total) is its own sum rounded half up to cents, so
         * rows sum to their total within half a cent per row, not exactly.
         */
        ROUNDED_MONEY
    }

    /** A report that is not a snapshot, as TikTok's synchronous one: what a read of its pages may see. */
    public enum PageFault {
        NONE,
        /** Page 1 announces one page too few. */
        SHORT_TOTAL_PAGE,
        /** A page in the middle comes back with code 0 and an empty list. */
        EMPTY_MIDDLE_PAGE,
        /** {@code total_number} grows by one after page 1. */
        DRIFTING_TOTAL,
        /** A row moves back one place after page 1: it is seen again on page 2 and the last row is never seen. */
        SHIFTED_ROWS
    }

    /** How report list items are written; TikTok documents the first. */
    public enum Encoding {
        /** Every value a string, {@code dimensions} before {@code metrics}. */
        STRINGS,
        /** Ids and numeric metrics as JSON numbers. */
        NUMBERS,
        /** The {@code metrics} object before {@code dimensions}. */
        METRICS_FIRST,
        /** An {@code advertiser_id} field on each list item, besides dimensions and metrics. */
        ITEM_ADVERTISER_ID
    }

    public SimulatorQuirks {
        timeZones = List.copyOf(timeZones);
        otherAnswers = otherAnswers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(otherAnswers));
        live = live.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(live));
        if (timeZones.isEmpty()) {
            throw new IllegalArgumentException("timeZones needs at least one zone");
        }
        timeZones.forEach(ZoneId::of);
        Objects.requireNonNull(pageFault, "pageFault");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** A clean account: nothing deleted, every advertiser in this JVM's zone, consistent pages, strings. */
    public static SimulatorQuirks none() {
        return new SimulatorQuirks(0, List.of(ZoneId.systemDefault().getId()), PageFault.NONE, 0, Encoding.STRINGS,
                Set.of(), Set.of());
    }

    public SimulatorQuirks withDeletedEvery(int deletedEvery) {
        return new SimulatorQuirks(deletedEvery, timeZones, pageFault, faultyReads, encoding, live,
                otherAnswers);
    }

    public SimulatorQuirks withTimeZones(String... timeZones) {
        return new SimulatorQuirks(deletedEvery, List.of(timeZones), pageFault, faultyReads, encoding, live,
                otherAnswers);
    }

    /** The first {@code faultyReads} reads of each report misbehave the given way; later reads are consistent. */
    public SimulatorQuirks withPageFault(PageFault pageFault, int faultyReads) {
        return new SimulatorQuirks(deletedEvery, timeZones, pageFault, faultyReads, encoding, live,
                otherAnswers);
    }

    public SimulatorQuirks withEncoding(Encoding encoding) {
        return new SimulatorQuirks(deletedEvery, timeZones, pageFault, faultyReads, encoding, live,
                otherAnswers);
    }

    public SimulatorQuirks withListingGaps() {
        return with(Live.LISTING_GAPS);
    }

    public SimulatorQuirks withLevelLag() {
        return with(Live.LEVEL_LAG);
    }

    /** A live account's way with its figures ({@link Live}), besides those it has. */
    public SimulatorQuirks with(Live behaviour) {
        Set<Live> more = EnumSet.of(behaviour);
        more.addAll(live);
        return new SimulatorQuirks(deletedEvery, timeZones, pageFault, faultyReads, encoding, more, otherAnswers);
    }

    boolean listingGaps() {
        return live.contains(Live.LISTING_GAPS);
    }

    boolean levelLag() {
        return live.contains(Live.LEVEL_LAG);
    }

    boolean has(Live behaviour) {
        return live.contains(behaviour);
    }

    /** The simulator answers an open question the other way than by default. */
    public SimulatorQuirks withOtherAnswer(OpenQuestion question) {
        Set<OpenQuestion> other = EnumSet.of(question);
        other.addAll(otherAnswers);
        return new SimulatorQuirks(deletedEvery, timeZones, pageFault, faultyReads, encoding, live, other);
    }

    /** Whether an open question is answered the other way. */
    boolean other(OpenQuestion question) {
        return otherAnswers.contains(question);
    }

    /** The zone of advertiser {@code index} (from 0). */
    ZoneId zone(int advertiser) {
        return ZoneId.of(timeZones.get(advertiser % timeZones.size()));
    }
}
