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
package io.github.cameltiktok.client.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportFilters;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * The checks every report kind shares, and the shape of their messages: the option as the user wrote it in the
 * endpoint URI, the bad value, the closest names and a short list of the allowed values.
 */
public final class Checks {

    private Checks() {
    }

    /** Why both time dimensions are refused together. */
    static final String ONE_TIME_DIMENSION = "use one time dimension, stat_time_day or stat_time_hour";

    /**
     * The one form of every invalid-value error: {@code Invalid value 'v' for option o[: why]. Allowed values: …}.
     *
     * @param why     what is wrong beyond not being allowed, or null
     * @param allowed the allowed values, in words or listed
     */
    public static String invalidValue(String option, Object value, String why, String allowed) {
        return (why == null ? invalidValueOf(option, value) : invalidValue(option, value, why))
               + ". Allowed values: " + allowed;
    }

    /** An invalid value whose allowed values the reason says: {@code Invalid value 'v' for option o: why}. */
    public static String invalidValue(String option, Object value, String why) {
        return invalidValueOf(option, value) + ": " + why;
    }

    private static String invalidValueOf(String option, Object value) {
        return "Invalid value '" + value + "' for option " + option;
    }

    /**
     * A value that must be one of a list: the error names them all, then the nearest.
     *
     * @return whether the value is allowed (else the error was added)
     */
    public static boolean oneOf(List<String> errors, String option, String value, Collection<String> allowed) {
        if (allowed.contains(value)) {
            return true;
        }
        List<String> closest = value == null ? List.of() : closest(value, allowed);
        // a short list: all of it, then the nearest
        errors.add(invalidValue(option, value, null, String.join(", ", allowed))
                   + (closest.isEmpty() ? "" : ". Did you mean " + String.join(" or ", closest) + "?"));
        return false;
    }

    /**
     * Checks names (dimensions, metrics, fields) as {@code validateFields} says.
     *
     * @param allowed the names the catalog knows for this report type and level
     * @param catalog every name of this kind the catalog's own lists give, for any report type and level: one of
     *                them given where it does not belong stays refused, as TikTok refuses it
     * @param listed  the names TikTok's lists give beyond them ({@link ReportFields}): sent where the catalog cannot
     *                tell, and with the catalog's names what a misspelling is a near miss of
     */
    static void names(List<String> errors, List<String> warnings, FieldCheck check, String option,
                      List<String> values, Set<String> allowed, Set<String> catalog, Set<String> listed,
                      String context) {
        for (String value : values) {
            if (value.isEmpty() || !value.equals(value.trim())) {
                errors.add(invalidValue(option, value, "names are comma-separated without spaces or empty entries"));
                continue;
            }
            if (allowed.contains(value)) {
                continue;
            }
            List<String> nearMisses = List.of();
            if (check == FieldCheck.NEW_NAMES_SENT && !catalog.contains(value)) {
                Set<String> known = new java.util.LinkedHashSet<>(catalog);
                known.addAll(listed);
                nearMisses = listed.contains(value) ? List.of() : ReportFields.nearMisses(value, known);
                if (nearMisses.isEmpty()) {
                    warnings.add("Value '" + value + "' of option " + option + " is not in this version's catalog for "
                                 + context + (listed.contains(value) ? " (TikTok lists it for another report)" : "")
                                 + ": sent as given, TikTok decides (validateFields=strict refuses it)");
                    continue;
                }
            }
            List<String> closest = nearMisses.isEmpty() ? closest(value, allowed) : nearMisses;
            String text = invalidValue(option, value, "not known for " + context)
                          + (closest.isEmpty() ? "." : ". Did you mean " + String.join(" or ", closest) + "?")
                          + " " + allowedValues(allowed);
            if (check == FieldCheck.OFF) {
                warnings.add(text + "; sent anyway because validateFields=false");
            } else if (!nearMisses.isEmpty()) {
                errors.add(text + " (a near miss of a known name is taken for a typo: set validateFields=false to"
                           + " send a new TikTok name this close to one)");
            } else {
                errors.add(text + " (set validateFields=false to send names this component does not know yet)");
            }
        }
    }

    /** Lists longer than this are cut in messages: the reader wants the near names, docs/fields.md has them all. */
    static final int LISTED_VALUES = 12;

    private static String allowedValues(Collection<String> allowed) {
        if (allowed.size() <= LISTED_VALUES) {
            return "Allowed values: " + String.join(", ", allowed);
        }
        return "Allowed values: " + String.join(", ", allowed.stream().limit(LISTED_VALUES).toList()) + " and "
               + (allowed.size() - LISTED_VALUES) + " more (all of them: docs/fields.md)";
    }

    /**
     * The allowed names nearest a misspelled one (at most three, fewest edits first), or none when every name is
     * far from it: a typo is a few edits away, and a prefix (spen for spend) counts as near.
     */
    public static List<String> closest(String value, Collection<String> allowed) {
        return nearest(value, allowed, Math.max(2, value.length() / 3), value.length() >= 3);
    }

    /**
     * The names at most {@code limit} edits from a value (letter case ignored), at most three, fewest edits first;
     * with {@code prefixes}, a name the value starts or that starts it counts as no edit.
     */
    static List<String> nearest(String value, Collection<String> names, int limit, boolean prefixes) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        record Candidate(String name, int distance) {
        }
        return names.stream()
                .map(name -> new Candidate(name, prefixes && (name.startsWith(value) || value.startsWith(name))
                        ? 0 : editDistance(lower, name.toLowerCase(java.util.Locale.ROOT))))
                .filter(c -> c.distance() <= limit)
                .sorted(java.util.Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(3).map(Candidate::name).toList();
    }

    /** Levenshtein distance (inserts, deletes, substitutions; a swap of two letters counts as one). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] beforePrevious = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    static void duplicates(List<String> errors, String option, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                errors.add(invalidValue(option, value, "given twice"));
            }
        }
    }

    /** The filters as JSON; null, with the reason added, when they are not JSON. */
    static JsonNode readFilters(List<String> errors, ReportFilters filters, String expected) {
        if (filters.failure() != null) {
            errors.add(invalidValue("filters", filters.text(), "not valid JSON, "
                    + whereJsonBreaks(filters.text(), filters.failure()) + expected));
            return null;
        }
        JsonNode root = filters.tree();
        if (root == null) {
            errors.add(invalidValue("filters", filters.text(), "empty" + expected));
        }
        return root;
    }

    /**
     * Where a JSON text breaks, in the user's own text: the position, what Jackson expected in plain words (none of
     * its source or location notes), and the text up to the break marked with {@code <-- here}.
     */
    static String whereJsonBreaks(String text, JsonProcessingException e) {
        long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        int at = offset < 0 || offset > text.length() ? text.length() : (int) offset;
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Jackson adds the place where an enclosing value started, with its source: not the user's concern
        reason = reason.replaceAll("(?s)\\s*\\(for [^()]*\\[Source:.*", "").replaceAll("(?s)\\s*\\[Source:.*", "")
                .replaceAll("\\s+", " ").trim();
        int from = Math.max(0, at - 40);
        String upToBreak = text.substring(from, Math.min(text.length(), at + 1));
        return "at character " + (at + 1) + ": " + reason + " (" + (from > 0 ? "…" : "") + upToBreak + " <-- here)";
    }

    /** pageSize within TikTok's bounds. */
    public static void checkPageSize(List<String> errors, ReportRequest request) {
        if (request.pageSize() < TikTokReportCatalog.MIN_PAGE_SIZE
                || request.pageSize() > TikTokReportCatalog.MAX_PAGE_SIZE) {
            errors.add(invalidValue("pageSize", request.pageSize(), null,
                    TikTokReportCatalog.MIN_PAGE_SIZE + " to " + TikTokReportCatalog.MAX_PAGE_SIZE));
        }
    }

    /** A fixed window within TikTok's longest span of one request, unless it may be split (splitDateRange). */
    public static void checkSpan(List<String> errors, ReportRequest request, ReadMode mode, DateWindow window,
                                 boolean splitDateRange) {
        if (window == null || splitDateRange || mode == ReadMode.ASYNC) {
            return;
        }
        int max = TikTokReportCatalog.maxSpanDays(request.dimensions());
        long span = TikTokReportCatalog.spanDays(window);
        if (span > max) {
            errors.add("Invalid date range " + window.start() + " to " + window.end() + " (options startDate and"
                       + " endDate): " + span + " days, but TikTok allows at most " + max + " days per request"
                       + " with dimensions " + String.join(",", request.dimensions())
                       + "; shorten the range or set splitDateRange=true");
        }
    }
}
