package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.LabelNoise;
import dev.ordinal.fit.LabelNoiseBradleyTerry;
import dev.ordinal.fit.PlackettLuce;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.ThurstoneMosteller;
import dev.ordinal.fit.TieModel;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds a leaderboard is made of: strength models (with their {@code ties} and
 * {@code label-noise} parameters), tie models and interval methods.
 */
final class LeaderboardEntries {
    private static final String LABEL_NOISE = "label-noise";
    private static final String LABEL_NOISE_EXPECTED = "a flip rate in [0, 0.5) or 'estimate'";

    private LeaderboardEntries() {
    }

    static Registry<TieModel> ties() {
        return new Registry<>("ties", "how pairwise models read a tie (or a both-bad verdict)", List.of(
                tie(TieModel.HALF, "a tie is half a win for each side (the Chatbot Arena convention)",
                        "Chiang et al. 2024, Chatbot Arena (ICML)"),
                tie(TieModel.DAVIDSON, "ties get their own probability ν·√(πᵢπⱼ)/(πᵢ + πⱼ + ν·√(πᵢπⱼ))",
                        "Davidson 1970, JASA 65"),
                tie(TieModel.RAO_KUPPER, "a threshold model: ties when neither side clears πᵢ/(πᵢ + θπⱼ)",
                        "Rao & Kupper 1967, JASA 62"),
                tie(TieModel.DROP, "ties are ignored", "")));
    }

    private static Entry<TieModel> tie(TieModel ties, String summary, String citation) {
        return new Entry<>(ties.label(), List.of(), summary, citation, List.of(), Set.of(), settings -> ties);
    }

    static Registry<StrengthModel> models() {
        Parameter allTies = Parameter.choice("ties", TieModel.HALF.label(),
                List.of("half", "davidson", "rao-kupper", "drop"), "how ties are read (see kind ties)");
        Parameter binaryTies = Parameter.choice("ties", TieModel.HALF.label(), List.of("half", "drop"),
                "how ties are read: half a win, or dropped");
        Parameter labelNoise = Parameter.text(LABEL_NOISE, "labels of which a share EPS (below 0.5) was flipped at "
                + "random, or 'estimate' to fit EPS too (with ties half or drop)");
        return new Registry<>("model", "strength models fitted by ordinal rank", List.of(
                new Entry<>("bt", List.of("bradley-terry"), "Bradley–Terry: P(i beats j) = πᵢ/(πᵢ + πⱼ)",
                        "Bradley & Terry 1952, Biometrika 39; label noise: Chowdhury et al. 2024 (ICML)",
                        List.of(allTies, labelNoise), Set.of("pairwise", "logistic"), LeaderboardEntries::bradleyTerry),
                new Entry<>("thurstone", List.of("thurstone-mosteller"),
                        "Thurstone–Mosteller (probit): P(i beats j) = Φ(θᵢ − θⱼ)",
                        "Thurstone 1927, Psychological Review 34; Mosteller 1951, Psychometrika 16",
                        List.of(binaryTies), Set.of("pairwise", "probit"),
                        settings -> new ThurstoneMosteller(tieModel(settings))),
                new Entry<>("plackett-luce", List.of("pl"),
                        "Plackett–Luce: a ranking is a sequence of choices, each in proportion to πᵢ",
                        "Luce 1959; Plackett 1975, JRSS C 24", List.of(), Set.of("rankings"),
                        settings -> new PlackettLuce())));
    }

    private static StrengthModel bradleyTerry(Settings settings) {
        TieModel ties = tieModel(settings);
        Optional<String> noise = settings.optionalText(LABEL_NOISE);
        if (noise.isEmpty()) {
            return new BradleyTerry(ties);
        }
        if (ties != TieModel.HALF && ties != TieModel.DROP) {
            throw new UnsupportedCombinationException(List.of(LABEL_NOISE, "ties"), "label-noise does not go "
                    + "with ties " + ties.label() + ": the label-noise fit reads a tie as half a win or drops it");
        }
        return new LabelNoiseBradleyTerry(ties, labelNoise(noise.get()));
    }

    private static TieModel tieModel(Settings settings) {
        return Registries.ties().create(settings.text("ties"));
    }

    /** {@code estimate}, or a known flip rate in [0, 0.5). */
    private static LabelNoise labelNoise(String text) {
        if (text.equals("estimate")) {
            return LabelNoise.estimated();
        }
        double rate;
        try {
            rate = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(LABEL_NOISE, text, LABEL_NOISE_EXPECTED);
        }
        if (!(rate >= 0 && rate < 0.5)) {
            throw new InvalidParameterException(LABEL_NOISE, text, LABEL_NOISE_EXPECTED);
        }
        return LabelNoise.known(rate);
    }

    static Registry<UncertaintyMethod> uncertainty() {
        return new Registry<>("uncertainty", "how leaderboard intervals are computed", List.of(
                method(UncertaintyMethod.BOOTSTRAP, "percentile intervals from refits on multinomial resamples of the "
                        + "cells", "Efron 1979, Annals of Statistics 7", Set.of("seeded")),
                method(UncertaintyMethod.SANDWICH, "normal intervals from the robust (Huber–White) sandwich covariance",
                        "Huber 1967; White 1980, Econometrica 48", Set.of()),
                method(UncertaintyMethod.FISHER, "normal intervals from the inverse observed Fisher information",
                        "Fisher 1925", Set.of()),
                method(UncertaintyMethod.NONE, "point estimates only", "", Set.of())));
    }

    private static Entry<UncertaintyMethod> method(UncertaintyMethod method, String summary, String citation,
            Set<String> traits) {
        return new Entry<>(method.label(), List.of(), summary, citation, List.of(), traits, settings -> method);
    }
}
