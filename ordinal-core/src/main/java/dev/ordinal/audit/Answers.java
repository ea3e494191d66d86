package dev.ordinal.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The answers judged, at most one per item and context. Immutable. */
public final class Answers {
    private final List<Answer> all;
    private final Map<Key, Answer> byKey;

    private Answers(List<Answer> all, Map<Key, Answer> byKey) {
        this.all = all;
        this.byKey = byKey;
    }

    /**
     * The given answers.
     *
     * @throws IllegalArgumentException when an item has two answers in one context
     */
    public static Answers of(Collection<Answer> answers) {
        Map<Key, Answer> byKey = new HashMap<>();
        for (Answer answer : answers) {
            if (byKey.putIfAbsent(new Key(answer.item(), answer.context()), answer) != null) {
                throw new IllegalArgumentException("item '" + answer.item() + "' has two answers in context '"
                        + answer.context() + "'; expected one answer per item and context");
            }
        }
        return new Answers(List.copyOf(answers), byKey);
    }

    /** What {@code item} answered in {@code context}, if known. */
    public Optional<Answer> find(String item, String context) {
        return Optional.ofNullable(byKey.get(new Key(item, context)));
    }

    public List<Answer> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** Up to {@code limit} distinct item names, in input order, for messages. */
    List<String> itemSample(int limit) {
        List<String> names = new ArrayList<>();
        for (Answer answer : all) {
            if (!names.contains(answer.item())) {
                names.add(answer.item());
                if (names.size() == limit) {
                    break;
                }
            }
        }
        return names;
    }

    private record Key(String item, String context) {
    }
}
