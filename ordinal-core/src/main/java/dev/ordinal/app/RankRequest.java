package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A leaderboard as a user asks for it, by parameter name ({@code model=bt}, {@code ci=sandwich},
 * {@code level=0.9}): what {@code ordinal rank} and the server's leaderboard both take, with the
 * defaults chosen once here (Bradley–Terry, ties as half a win, 1000 bootstrap rounds with seed 1,
 * 95% intervals, the Elo scale).
 *
 * @param model      a name of {@link Registries#models()}
 * @param ties       a name of {@link Registries#ties()}, for the models that read ties; empty: the model's default
 * @param labelNoise a flip rate or {@code estimate}, Bradley–Terry only
 * @param ci         a name of {@link Registries#uncertainty()}
 * @param bootstrap  bootstrap rounds
 * @param seed       bootstrap seed
 * @param threads    bootstrap threads; empty: every core
 * @param level      interval coverage
 * @param scale      {@code elo} or {@code logit}
 * @param anchor     {@code NAME=RATING}: pin one item's rating
 * @param prior      σ of a N(0, σ²) prior on log-strengths; empty: maximum likelihood
 */
public record RankRequest(String model, Optional<String> ties, Optional<String> labelNoise, String ci, int bootstrap,
                          long seed, Optional<Integer> threads, double level, String scale, Optional<String> anchor,
                          Optional<Double> prior) {
    /** Every parameter, with its default: the one place these defaults are written. */
    public static final List<Parameter> PARAMETERS = List.of(
            Parameter.choice("model", "bt", Registries.models().spellings(),
                    "strength model: bt (Bradley-Terry), thurstone (probit) or plackett-luce"),
            Parameter.optionalChoice("ties", Registries.ties().spellings(),
                    "how ties are read (default half): half a win, davidson, rao-kupper, or drop; not for "
                            + "plackett-luce, which reads tied groups one way (docs/models.md)"),
            Parameter.text("label-noise", "Bradley-Terry for labels of which a share EPS (below 0.5) was flipped "
                    + "at random, or 'estimate' to fit EPS too (Chowdhury et al. 2024); with model bt and ties half "
                    + "or drop"),
            Parameter.choice("ci", "bootstrap", Registries.uncertainty().spellings(),
                    "interval method: bootstrap, sandwich (robust), fisher or none"),
            Parameter.integer("bootstrap", 1000, Range.atLeast(1), "bootstrap rounds"),
            Parameter.seed("seed", 1, "bootstrap seed; same seed, same output on any thread count"),
            Parameter.optionalInteger("threads", Range.atLeast(1), "bootstrap threads (default: all cores)"),
            Parameter.real("level", 0.95, Range.open(0, 1), "interval coverage"),
            Parameter.choice("scale", "elo", List.of("elo", "logit"),
                    "elo (mean 1000, 400 points = 10:1 odds) or logit (natural-log strengths, mean 0)"),
            Parameter.text("anchor", "pin one item's rating, NAME=RATING, e.g. 'GPT 4=1200'; intervals become "
                    + "relative to it"),
            Parameter.optionalReal("prior", Range.above(0), "σ of a Gaussian N(0, σ²) prior on log-strengths: a "
                    + "MAP estimate that always exists"));

    private static final String ANCHOR_EXPECTED = "NAME=RATING with a finite RATING, e.g. 'GPT 4=1200'";

    public RankRequest {
        Entry<StrengthModel> entry = Registries.models().entry(model);
        if (ties.isPresent() && !entry.takes("ties")) {
            throw new UnsupportedCombinationException(List.of("ties", "model"), "ties does not apply to "
                    + entry.name() + ": a tied group in a ranking is read one way (see docs/models.md); use model bt "
                    + "for pairwise ties");
        }
        if (ties.isPresent() && entry.takes("ties") && Registries.ties().contains(ties.get())) {
            List<String> readable = entry.parameters().stream().filter(p -> p.name().equals("ties")).findFirst()
                    .orElseThrow().choices();
            if (!readable.contains(ties.get())) {
                throw new UnsupportedCombinationException(List.of("model", "ties"), "model " + entry.name()
                        + " cannot read ties as " + ties.get() + "; use ties " + String.join(" or ties ", readable));
            }
        }
        if (labelNoise.isPresent() && !entry.takes("label-noise")) {
            throw new UnsupportedCombinationException(List.of("label-noise", "model"), "label-noise applies to "
                    + "model bt only, got model " + entry.name());
        }
        anchor.ifPresent(RankRequest::anchorRating);
    }

    /** The request {@code given} (parameter name → text) asks for, over the defaults. */
    public static RankRequest parse(Map<String, String> given) {
        Settings settings = Settings.parse("rank", PARAMETERS, given);
        RankRequest request = new RankRequest(settings.text("model"), settings.optionalText("ties"),
                settings.optionalText("label-noise"), settings.text("ci"), settings.integer("bootstrap"),
                settings.whole("seed"), settings.optionalInteger("threads"), settings.real("level"),
                settings.text("scale"), settings.optionalText("anchor"), settings.optionalReal("prior"));
        request.strengthModel();
        return request;
    }

    /** The defaults: today's {@code ordinal rank} with no options. */
    public static RankRequest defaults() {
        return parse(Map.of());
    }

    /** The strength model, with its ties and label noise. */
    public StrengthModel strengthModel() {
        Map<String, String> given = new LinkedHashMap<>();
        ties.ifPresent(value -> given.put("ties", value));
        labelNoise.ifPresent(value -> given.put("label-noise", value));
        return Registries.models().create(model, given);
    }

    public UncertaintyMethod uncertaintyMethod() {
        return Registries.uncertainty().create(ci);
    }

    /** What the core's leaderboard takes, with the model built and the scale anchored. */
    public LeaderboardRequest leaderboardRequest() {
        StrengthModel strengthModel = strengthModel();
        Scale ratingScale = Scale.byName(scale, strengthModel);
        if (anchor.isPresent()) {
            String spec = anchor.get();
            ratingScale = ratingScale.anchoredAt(spec.substring(0, spec.lastIndexOf('=')), anchorRating(spec));
        }
        FitOptions fit = prior.map(sigma -> FitOptions.defaults().withPrior(sigma)).orElse(FitOptions.defaults());
        return LeaderboardRequest.defaults(strengthModel).withMethod(uncertaintyMethod()).withScale(ratingScale)
                .withFit(fit).withBootstrap(bootstrap, seed, threads.orElse(Runtime.getRuntime().availableProcessors()))
                .withLevel(level);
    }

    private static double anchorRating(String spec) {
        int equals = spec.lastIndexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            throw new InvalidParameterException("anchor", spec, ANCHOR_EXPECTED);
        }
        try {
            double rating = Double.parseDouble(spec.substring(equals + 1).strip());
            if (!Double.isFinite(rating)) {
                throw new InvalidParameterException("anchor", spec, ANCHOR_EXPECTED);
            }
            return rating;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("anchor", spec, ANCHOR_EXPECTED);
        }
    }
}
