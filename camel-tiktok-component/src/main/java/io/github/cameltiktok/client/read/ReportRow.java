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

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * One report row: an ordered, mutable {@code Map<String, Object>} (dimensions, then metrics, in TikTok's order)
 * whose field names are shared by the rows of a page. A report of a million rows is a million maps: a
 * {@link java.util.LinkedHashMap} spends an entry object per field on each, this an array slot. A row that gets a
 * field of its own ({@code put} of a new name, {@code remove}) copies the names first, so its neighbours never change.
 */
public final class ReportRow extends AbstractMap<String, Object> implements Serializable {

    private static final long serialVersionUID = 1L;

    private String[] names;
    private Object[] values;
    private int size;
    private boolean sharedNames;

    /**
     * @param names  field names, possibly shared with other rows (never changed through this row)
     * @param values the values, owned by this row
     * @param size   how many of them are set
     */
    ReportRow(String[] names, Object[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
        this.sharedNames = true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public Object put(String key, Object value) {
        int index = indexOf(key);
        if (index >= 0) {
            Object old = values[index];
            values[index] = value;
            return old;
        }
        ownNames(size + 1);
        names[size] = key;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : removeAt(index);
    }

    @Override
    public void clear() {
        names = new String[0];
        values = new Object[0];
        size = 0;
        sharedNames = false;
    }

    private Object removeAt(int index) {
        ownNames(size);
        Object old = values[index];
        System.arraycopy(names, index + 1, names, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        names[size] = null;
        values[size] = null;
        return old;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (names[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (Objects.equals(names[i], key)) {
                return i;
            }
        }
        return -1;
    }

    /** Makes the names this row's own, with room for {@code capacity} fields. */
    private void ownNames(int capacity) {
        int length = capacity > values.length ? Math.max(capacity, values.length + 4) : names.length;
        if (sharedNames || length > names.length) {
            names = Arrays.copyOf(names, Math.max(length, names.length));
            sharedNames = false;
        }
        if (length > values.length) {
            values = Arrays.copyOf(values, length);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new Field(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }
        };
    }

    /** A live view of one field: setValue writes through to the row. */
    private final class Field implements Map.Entry<String, Object> {
        private final int index;

        Field(int index) {
            this.index = index;
        }

        @Override
        public String getKey() {
            return names[index];
        }

        @Override
        public Object getValue() {
            return values[index];
        }

        @Override
        public Object setValue(Object value) {
            Object old = values[index];
            values[index] = value;
            return old;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> e && Objects.equals(getKey(), e.getKey())
                   && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }

    /**
     * Rows given another layout, each a row of its own: some fields put first (the advertiser's and the store's id,
     * whatever the row held: the same keys in the same order for every row of a report), some left out (what TikTok
     * adds to each row of a batch of advertisers). Rows that had the same names share the new names as they shared
     * theirs. Safe to share between the threads that read chunks: the layout of the last row's names is kept as one
     * immutable value.
     */
    static final class Reshape {
        private final String[] leadNames;
        private final Object[] leadValues;
        /** Left out of each row: the dropped fields, and the leading ones (a row's own copy keeps their place). */
        private final Set<String> left;
        /** The layout of the last names seen; another thread may replace it, never change it. */
        private volatile Layout last;

        /** Which of a row's names are kept, after the leading ones, for rows with these names. */
        private record Layout(String[] from, int fromSize, String[] names, int[] kept) {
        }

        private Reshape(Map<String, Object> lead, Set<String> dropped) {
            this.leadNames = lead.keySet().toArray(new String[0]);
            this.leadValues = lead.values().toArray();
            Set<String> left = new java.util.HashSet<>(dropped);
            left.addAll(lead.keySet());
            this.left = Set.copyOf(left);
        }

        /** Rows without these fields. */
        static Reshape cut(Set<String> dropped) {
            return new Reshape(Map.of(), dropped);
        }

        /** Rows led by these fields, in this order; a field the row already has (a dimension) keeps one place. */
        static Reshape lead(Map<String, Object> fields) {
            return new Reshape(fields, Set.of());
        }

        Map<String, Object> apply(Map<String, Object> row) {
            if (!(row instanceof ReportRow r)) {
                Map<String, Object> copy = new java.util.LinkedHashMap<>();
                for (int i = 0; i < leadNames.length; i++) {
                    copy.put(leadNames[i], leadValues[i]);
                }
                row.forEach((name, value) -> {
                    if (!left.contains(name)) {
                        copy.put(name, value);
                    }
                });
                return copy;
            }
            Layout layout = last;
            if (layout == null || r.names != layout.from() || r.size != layout.fromSize()) {
                layout = layout(r);
                last = layout;
            }
            int[] kept = layout.kept();
            Object[] values = Arrays.copyOf(leadValues, leadValues.length + kept.length);
            for (int i = 0; i < kept.length; i++) {
                values[leadValues.length + i] = r.values[kept[i]];
            }
            return new ReportRow(layout.names(), values, values.length);
        }

        private Layout layout(ReportRow r) {
            int[] indices = new int[r.size];
            int count = 0;
            for (int i = 0; i < r.size; i++) {
                if (!left.contains(r.names[i])) {
                    indices[count++] = i;
                }
            }
            int[] kept = Arrays.copyOf(indices, count);
            String[] names = Arrays.copyOf(leadNames, leadNames.length + count);
            for (int i = 0; i < count; i++) {
                names[leadNames.length + i] = r.names[kept[i]];
            }
            return new Layout(r.names, r.size, names, kept);
        }
    }
}
