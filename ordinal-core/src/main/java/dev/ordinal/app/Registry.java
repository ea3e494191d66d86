package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of one kind that a user can name (strength models, voting rules, ...), looked up by
 * name or alias. {@link Registries} holds one per kind; the CLI's {@code ordinal list}, the
 * server's {@code /api/v1/registry}, the {@code --help} texts and the tests all enumerate these.
 *
 * @param <T> what the entries build
 */
public final class Registry<T> {
    private final String kind;
    private final String description;
    private final List<Entry<T>> entries;
    private final Map<String, Entry<T>> byName = new LinkedHashMap<>();

    /**
     * @param kind        the kind's name as users and parameters say it ({@code model}, {@code rule})
     * @param description one line: what entries of this kind are
     * @param entries     the entries, in the order tools list them
     */
    public Registry(String kind, String description, List<Entry<T>> entries) {
        this.kind = kind;
        this.description = description;
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
        for (Entry<T> entry : entries) {
            register(entry.name(), entry);
            entry.aliases().forEach(alias -> register(alias, entry));
        }
    }

    private void register(String name, Entry<T> entry) {
        if (byName.put(name, entry) != null) {
            throw new IllegalStateException(kind + " '" + name + "' registered twice");
        }
    }

    public String kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Every entry, in listing order. */
    public List<Entry<T>> entries() {
        return entries;
    }

    /** Canonical names, in listing order. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /**
     * The entry named {@code name} (or one of its aliases).
     *
     * @throws InvalidParameterException naming this kind as the parameter when there is none
     */
    public Entry<T> entry(String name) {
        Entry<T> entry = byName.get(name.strip());
        if (entry == null) {
            throw new InvalidParameterException(kind, name, "one of " + String.join(", ", names()));
        }
        return entry;
    }

    /** Every name an entry answers to: canonical names and aliases, in listing order. */
    public List<String> spellings() {
        return List.copyOf(byName.keySet());
    }

    public boolean contains(String name) {
        return byName.containsKey(name.strip());
    }

    /** The entry named {@code name}, built with its defaults. */
    public T create(String name) {
        return entry(name).create();
    }

    /** The entry named {@code name}, built with {@code given} parameter values. */
    public T create(String name, Map<String, String> given) {
        return entry(name).create(given);
    }
}
