package dev.ordinal.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One thing a user can name: a strength model, a tie model, a voting rule, a rating system...
 *
 * @param name       the canonical name users type ({@code bt}, {@code schulze})
 * @param aliases    other names that select it ({@code bradley-terry})
 * @param summary    one line: what it does
 * @param citation   the paper or document it follows, or "" for a plain convention
 * @param parameters the parameters it takes, with their defaults and ranges
 * @param traits     properties it guarantees or needs (lower-case words, e.g. {@code condorcet-winner})
 * @param factory    builds it from parsed settings
 * @param <T>        what it builds
 */
public record Entry<T>(String name, List<String> aliases, String summary, String citation, List<Parameter> parameters,
                       Set<String> traits, Function<Settings, T> factory) {
    public Entry {
        aliases = List.copyOf(aliases);
        parameters = List.copyOf(parameters);
        traits = Set.copyOf(traits);
    }

    /** Whether it declares a parameter named {@code parameter}. */
    public boolean takes(String parameter) {
        return parameters.stream().anyMatch(declared -> declared.name().equals(parameter));
    }

    /** It, built with its defaults. */
    public T create() {
        return create(Map.of());
    }

    /** It, built with {@code given} parameter values (name → text) over its defaults. */
    public T create(Map<String, String> given) {
        return factory.apply(settings(given));
    }

    /** {@code given} parsed against this entry's parameters. */
    public Settings settings(Map<String, String> given) {
        return Settings.parse(kindless(), parameters, given);
    }

    private String kindless() {
        return "'" + name + "'";
    }
}
