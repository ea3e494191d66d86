package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.rating.RatingSystem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A comparison of rating systems on the same games as a user asks for it.
 *
 * @param systems names of {@link Registries#ratings()}, in output order, each with its defaults
 */
public record EvaluateRequest(List<String> systems) {
    public static final List<Parameter> PARAMETERS = List.of(Parameter.text("systems", "rating systems to "
            + "compare, comma-separated (default: every system of 'ordinal list rating')"));

    public EvaluateRequest {
        systems = List.copyOf(systems);
        if (systems.isEmpty()) {
            throw new InvalidParameterException("systems", "", "at least one rating system");
        }
        for (String system : systems) {
            if (!Registries.ratings().contains(system)) {
                throw new InvalidParameterException("systems", system, "names of 'ordinal list rating': "
                        + String.join(", ", Registries.ratings().names()));
            }
        }
    }

    public static EvaluateRequest parse(Map<String, String> given) {
        Settings settings = Settings.parse("evaluate", PARAMETERS, given);
        return new EvaluateRequest(settings.optionalText("systems")
                .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(Registries.ratings().names()));
    }

    /** New, empty systems, in the order of {@link #systems}. */
    public List<RatingSystem> ratingSystems() {
        return systems.stream().map(Registries.ratings()::create).toList();
    }
}
