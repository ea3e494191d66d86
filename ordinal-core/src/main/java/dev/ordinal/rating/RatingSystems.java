package dev.ordinal.rating;

import java.util.List;

/** The registry of online rating systems by the names users type; each call gives a fresh, empty system. */
public final class RatingSystems {
    /** Every name {@link #byName} accepts, in the order tools list them. */
    public static final List<String> NAMES = List.of("elo", "glicko2", "trueskill", "openskill-pl", "openskill-bt-full",
            "openskill-bt-part", "openskill-tm-full", "openskill-tm-part", "bt-batch");

    /** The batch baseline's prior: weak (±2 in log-odds is a 7:1 edge), only there so early games have an answer. */
    private static final double BASELINE_PRIOR_SIGMA = 2;

    private RatingSystems() {
    }

    /** A new system with its published defaults. */
    public static RatingSystem byName(String name) {
        return switch (name) {
            case "elo" -> Elo.arena();
            case "glicko2" -> GlickoTwo.defaults();
            case "trueskill" -> new TrueSkill();
            case "openskill-pl" -> new OpenSkill(OpenSkill.Model.PLACKETT_LUCE);
            case "openskill-bt-full" -> new OpenSkill(OpenSkill.Model.BRADLEY_TERRY_FULL);
            case "openskill-bt-part" -> new OpenSkill(OpenSkill.Model.BRADLEY_TERRY_PART);
            case "openskill-tm-full" -> new OpenSkill(OpenSkill.Model.THURSTONE_MOSTELLER_FULL);
            case "openskill-tm-part" -> new OpenSkill(OpenSkill.Model.THURSTONE_MOSTELLER_PART);
            case "bt-batch" -> new BatchBradleyTerry(BASELINE_PRIOR_SIGMA);
            default -> throw new IllegalArgumentException("unknown rating system '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        };
    }
}
