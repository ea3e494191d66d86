package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parameter values after parsing: every declared parameter with its given or default value, typed.
 * Built by {@link #parse}, the one parser of name → text maps that the CLI, the server and the
 * registry share; read with typed getters named after the parameter.
 */
public final class Settings {
    private final String owner;
    private final Map<String, Object> values;

    private Settings(String owner, Map<String, Object> values) {
        this.owner = owner;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses {@code given} against {@code declared}.
     *
     * @param owner    what takes these parameters, for messages ("model 'bt'", "rank")
     * @param declared the parameters it takes
     * @param given    name → text, as typed by a user
     * @throws InvalidParameterException for a parameter {@code owner} does not take, or a value a
     *                                   parameter does not allow
     */
    public static Settings parse(String owner, List<Parameter> declared, Map<String, String> given) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        declared.forEach(parameter -> {
            if (byName.put(parameter.name(), parameter) != null) {
                throw new IllegalStateException(owner + " declares " + parameter.name() + " twice");
            }
        });
        given.forEach((name, text) -> {
            if (!byName.containsKey(name)) {
                throw InvalidParameterException.unknown(name, text, owner, byName.keySet());
            }
        });
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter parameter : declared) {
            String text = given.get(parameter.name());
            if (text != null) {
                values.put(parameter.name(), parameter.parse(text));
            } else if (parameter.defaultValue().isPresent()) {
                values.put(parameter.name(), parameter.parse(parameter.defaultValue().get()));
            }
        }
        return new Settings(owner, values);
    }

    /** What these settings configure, as messages name it. */
    public String owner() {
        return owner;
    }

    /** Whether the parameter has a value (given, or a default). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public double real(String name) {
        return (Double) required(name);
    }

    public Optional<Double> optionalReal(String name) {
        return Optional.ofNullable((Double) values.get(name));
    }

    public int integer(String name) {
        return (Integer) required(name);
    }

    public Optional<Integer> optionalInteger(String name) {
        return Optional.ofNullable((Integer) values.get(name));
    }

    public long whole(String name) {
        return (Long) required(name);
    }

    public boolean flag(String name) {
        return (Boolean) required(name);
    }

    /** A CHOICE or TEXT value. */
    public String text(String name) {
        return (String) required(name);
    }

    public Optional<String> optionalText(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public Optional<double[]> reals(String name) {
        return Optional.ofNullable((double[]) values.get(name)).map(double[]::clone);
    }

    /** Every value set, by parameter name, in declaration order. */
    public Map<String, Object> values() {
        return values;
    }

    private Object required(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(owner + " has no value for " + name + " (no such parameter, or no default)");
        }
        return value;
    }
}
