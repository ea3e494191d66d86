package dev.ordinal.audit.run;

import dev.ordinal.audit.PositionBiasEstimate;
import java.util.List;
import java.util.Optional;

/**
 * The Position bias section: the share of non-tie verdicts for the first (left) position, per
 * source and, for sources with several judges, per judge with enough verdicts.
 *
 * @param sources the estimate of each source as a whole, in order
 * @param judges  the per-judge figures, when some source has several judges
 */
public record PositionBiasSection(List<PositionBiasEstimate> sources, Optional<Judges> judges) {
    public PositionBiasSection {
        sources = List.copyOf(sources);
    }

    /**
     * The judges of the multi-judge sources.
     *
     * @param panels            the multi-judge sources, sorted by name
     * @param judges            how many judges they have
     * @param minimumVerdicts   the fewest non-tie verdicts a judge needs to be judged alone
     * @param enough            the judges with at least that many, the smallest p-value first
     * @param away              how many of those have an interval that excludes 0.5
     * @param expectedByChance  how many would by chance, at the intervals' level
     */
    public record Judges(List<String> panels, int judges, int minimumVerdicts, List<PositionBiasEstimate> enough,
                         long away, double expectedByChance) {
        public Judges {
            panels = List.copyOf(panels);
            enough = List.copyOf(enough);
        }
    }
}
