package dev.ordinal.cli;

import dev.ordinal.app.Parameter;
import dev.ordinal.error.InvalidParameterException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How a command hands its options to a core request: option {@code --NAME} is the request's
 * parameter {@code NAME}, so this is the only mapping there is. Options left out are left out of
 * the map, and the request's own defaults apply.
 */
final class RequestOptions {
    /** A command that builds a core request: its options take their help from the request's parameters. */
    interface RequestCommand {
        /** The parameters of the request the command builds. */
        List<Parameter> requestParameters();
    }

    private RequestOptions() {
    }

    /**
     * Gives each option of {@code spec} that names a request parameter the parameter's help, what it
     * accepts (the registry's names, for a choice) and its default, so --help says what the core does.
     */
    static void describe(CommandSpec spec, List<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            OptionSpec option = spec.findOption("--" + parameter.name());
            String help = capitalised(parameter.help()) + " (" + parameter.expected()
                    + parameter.defaultValue().map(value -> "; default " + value).orElse("") + ").";
            spec.remove(option);
            spec.addOption(option.toBuilder().description(help).build());
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The options of {@code spec} given on the command line that name {@code parameters}, as text. */
    static Map<String, String> given(CommandSpec spec, List<Parameter> parameters) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            OptionSpec option = spec.findOption("--" + parameter.name());
            if (option == null) {
                throw new IllegalStateException(spec.qualifiedName() + " has no option --" + parameter.name());
            }
            text(option.getValue()).ifPresent(value -> given.put(parameter.name(), value));
        }
        return given;
    }

    /**
     * {@code KEY=VALUE} texts (a rule's or a system's own parameters) as a map.
     *
     * @param option the option they came from, for the message
     */
    static Map<String, String> pairs(String option, List<String> pairs) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new InvalidParameterException(option, pair, "KEY=VALUE, e.g. tie=0");
            }
            parsed.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return parsed;
    }

    private static Optional<String> text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.flatMap(RequestOptions::text);
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? Optional.empty()
                    : Optional.of(String.join(",", values.stream().map(String::valueOf).toList()));
        }
        if (value instanceof Boolean flag) {
            return flag ? Optional.of("true") : Optional.empty();
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
