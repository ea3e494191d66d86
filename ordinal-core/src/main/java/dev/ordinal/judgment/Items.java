package dev.ordinal.judgment;

import dev.ordinal.error.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The items being compared: each has a dense index (0..size-1, in order of first appearance),
 * a stable id, and a display name that defaults to the id. Immutable.
 */
public final class Items {
    private final String[] ids;
    private final String[] names;
    private final Map<String, Integer> indexById;

    private Items(String[] ids, String[] names, Map<String, Integer> indexById) {
        this.ids = ids;
        this.names = names;
        this.indexById = indexById;
    }

    /** Items with the given ids, in this order, named by their ids. */
    public static Items of(List<String> ids) {
        Builder builder = new Builder();
        for (String id : ids) {
            if (builder.indexOf(id) >= 0) {
                throw new DataException("duplicate item id '" + id + "'");
            }
            builder.intern(id);
        }
        return builder.build();
    }

    public int size() {
        return ids.length;
    }

    public String id(int index) {
        return ids[index];
    }

    public String name(int index) {
        return names[index];
    }

    public OptionalInt indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public List<String> ids() {
        return List.of(ids);
    }

    /** A copy whose display names come from {@code namesById} where it has one. */
    public Items withNames(Map<String, String> namesById) {
        String[] renamed = names.clone();
        for (int i = 0; i < ids.length; i++) {
            renamed[i] = namesById.getOrDefault(ids[i], names[i]);
        }
        return new Items(ids, renamed, indexById);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Items that && Arrays.equals(ids, that.ids) && Arrays.equals(names, that.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(ids), Arrays.hashCode(names));
    }

    @Override
    public String toString() {
        return "Items" + Arrays.toString(ids);
    }

    /** Assigns indices to ids in order of first appearance. Not thread-safe. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final HashMap<String, Integer> indexById = new HashMap<>();

        /** The index of {@code id}, assigning the next free index if it is new. */
        public int intern(String id) {
            Objects.requireNonNull(id, "item id");
            Integer index = indexById.get(id);
            if (index != null) {
                return index;
            }
            int next = ids.size();
            ids.add(id);
            indexById.put(id, next);
            return next;
        }

        /** The index of {@code id}, or -1 when it has not been seen. */
        public int indexOf(String id) {
            Integer index = indexById.get(id);
            return index == null ? -1 : index;
        }

        public int size() {
            return ids.size();
        }

        public Items build() {
            String[] array = ids.toArray(new String[0]);
            return new Items(array, array.clone(), Map.copyOf(indexById));
        }
    }
}
