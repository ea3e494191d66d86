package dev.ordinal.vote;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a rule is configured: the number of seats (for multi-winner rules) and named parameters
 * given as text ({@code tie=0.5}, {@code strength=winning-votes}); typed getters parse them and
 * fail with a message naming the parameter and what it accepts.
 */
public record RuleOptions(int seats, Map<String, String> parameters) {
    public RuleOptions {
        if (seats < 1) {
            throw new VoteException("--seats must be at least 1, got " + seats);
        }
        parameters = Map.copyOf(new TreeMap<>(parameters));
    }

    public static RuleOptions defaults() {
        return new RuleOptions(1, Map.of());
    }

    public static RuleOptions seats(int seats) {
        return new RuleOptions(seats, Map.of());
    }

    public RuleOptions with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(parameters);
        copy.put(key, value);
        return new RuleOptions(seats, copy);
    }

    public String text(String key, String fallback) {
        return parameters.getOrDefault(key, fallback);
    }

    /** One of {@code allowed}, {@code fallback} when absent. */
    public String choice(String key, String fallback, String... allowed) {
        String value = text(key, fallback);
        if (!Arrays.asList(allowed).contains(value)) {
            throw new VoteException("parameter " + key + "=" + value + " is not understood; expected one of "
                    + String.join(", ", allowed));
        }
        return value;
    }

    public double number(String key, double fallback) {
        String value = parameters.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new VoteException("parameter " + key + "=" + value + " is not a number");
        }
    }

    public int integer(String key, int fallback) {
        String value = parameters.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new VoteException("parameter " + key + "=" + value + " is not a whole number");
        }
    }

    /** A comma-separated list of numbers ({@code scores=3,2,1,0}); {@code null} when absent. */
    public double[] numbers(String key) {
        String value = parameters.get(key);
        if (value == null) {
            return null;
        }
        List<String> parts = Arrays.stream(value.split(",")).map(String::strip).toList();
        double[] numbers = new double[parts.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts.get(i));
            } catch (NumberFormatException e) {
                throw new VoteException("parameter " + key + "=" + value + ": '" + parts.get(i) + "' is not a number");
            }
        }
        return numbers;
    }
}
