package dev.ordinal.app;

import dev.ordinal.error.DataException;
import dev.ordinal.rating.Match;
import dev.ordinal.rating.RatingSystem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replay of games through one rating system as a user asks for it: the system (a name of
 * {@link Registries#ratings()}) with its own parameters, and the rating period.
 *
 * @param system           the rating system's name
 * @param systemParameters its own parameters, name → text ({@code k=32} for elo)
 * @param period           {@code game}: every game is its own period; {@code day}: the games of one UTC day
 */
public record RateRequest(String system, Map<String, String> systemParameters, String period) {
    public static final List<Parameter> PARAMETERS = List.of(
            Parameter.choice("system", "trueskill", Registries.ratings().spellings(),
                    "rating system of 'ordinal list rating'"),
            Parameter.choice("period", "game", List.of("game", "day"), "rating period: game (every game is its "
                    + "own period) or day (the games of one UTC day form one Glicko-2 rating period; other systems "
                    + "apply them in order)"));

    public RateRequest {
        systemParameters = Map.copyOf(new LinkedHashMap<>(systemParameters));
    }

    /**
     * @param given            this request's parameters, name → text
     * @param systemParameters the rating system's own parameters
     */
    public static RateRequest parse(Map<String, String> given, Map<String, String> systemParameters) {
        Settings settings = Settings.parse("rate", PARAMETERS, given);
        RateRequest request = new RateRequest(settings.text("system"), systemParameters, settings.text("period"));
        request.ratingSystem();
        return request;
    }

    /** A new, empty system with the parameters asked for. */
    public RatingSystem ratingSystem() {
        return Registries.ratings().create(system, systemParameters);
    }

    /**
     * The games grouped into rating periods, in order.
     *
     * @throws DataException when the period is a day and a game has no time
     */
    public List<List<Match>> periods(List<Match> matches) {
        if (period.equals("game")) {
            return matches.stream().map(List::of).toList();
        }
        List<List<Match>> days = new ArrayList<>();
        LocalDate current = null;
        for (Match match : matches) {
            LocalDate day = match.time().orElseThrow(() -> new DataException("period day needs a time for every "
                    + "game; game '" + match.id() + "' has none", "give every game a time, or use period game"))
                    .atZone(ZoneOffset.UTC).toLocalDate();
            if (!day.equals(current)) {
                days.add(new ArrayList<>());
                current = day;
            }
            days.get(days.size() - 1).add(match);
        }
        return days;
    }
}
