package dev.ordinal.audit.run;

import dev.ordinal.audit.PositionBias;
import dev.ordinal.audit.PositionBiasEstimate;
import dev.ordinal.audit.Proportion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the {@link PositionBiasSection} with {@link PositionBias#of}: a judge of a multi-judge
 * source is listed only with {@value #MINIMUM_JUDGE_VERDICTS} or more non-tie verdicts, fewer being
 * too few to tell a bias from noise one judge at a time.
 */
final class PositionBiasAudit {
    /** Judges with fewer non-tie verdicts than this are left out of the per-judge figures. */
    static final int MINIMUM_JUDGE_VERDICTS = 10;

    private PositionBiasAudit() {
    }

    static PositionBiasSection run(AuditRequest request) {
        List<PositionBiasEstimate> estimates = PositionBias.of(request.allLabels(), request.settings().auditOptions());
        List<PositionBiasEstimate> sources = estimates.stream().filter(estimate -> estimate.judge().isEmpty()).toList();
        Set<String> panels = new TreeSet<>();
        request.sources().stream().filter(AuditSource::isPanel).forEach(source -> panels.add(source.name()));
        if (panels.isEmpty()) {
            return new PositionBiasSection(sources, Optional.empty());
        }
        List<PositionBiasEstimate> judges = estimates.stream()
                .filter(estimate -> estimate.judge().isPresent() && panels.contains(estimate.source()))
                .toList();
        List<PositionBiasEstimate> enough = judges.stream()
                .filter(estimate -> estimate.firstPosition().map(Proportion::trials).orElse(0L)
                        >= MINIMUM_JUDGE_VERDICTS)
                .sorted(Comparator.comparingDouble(estimate -> estimate.firstPosition().orElseThrow().pValue()))
                .toList();
        long away = enough.stream().map(estimate -> estimate.firstPosition().orElseThrow().interval())
                .filter(interval -> interval.lower() > 0.5 || interval.upper() < 0.5).count();
        return new PositionBiasSection(sources, Optional.of(new PositionBiasSection.Judges(List.copyOf(panels),
                judges.size(), MINIMUM_JUDGE_VERDICTS, enough, away,
                (1 - request.settings().level()) * enough.size())));
    }
}
