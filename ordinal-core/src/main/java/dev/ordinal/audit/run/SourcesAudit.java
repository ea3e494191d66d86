package dev.ordinal.audit.run;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Computes the {@link SourcesSection}: per source, counts and outcome shares; per two sources, shared units. */
final class SourcesAudit {
    private SourcesAudit() {
    }

    static SourcesSection run(AuditRequest request) {
        List<SourcesSection.Summary> summaries = new ArrayList<>();
        List<Set<String>> units = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            Set<String> judges = new HashSet<>();
            Set<String> sourceUnits = new HashSet<>();
            Set<String> items = new HashSet<>();
            long[] outcomes = new long[Outcome.values().length];
            for (Label label : source.labels()) {
                judges.add(label.judge());
                sourceUnits.add(label.unit());
                items.add(label.left());
                items.add(label.right());
                outcomes[label.outcome().ordinal()]++;
            }
            double total = source.labels().size();
            long ties = outcomes[Outcome.TIE.ordinal()] + outcomes[Outcome.BOTH_BAD.ordinal()];
            summaries.add(new SourcesSection.Summary(source.name(), source.labels().size(), judges.size(),
                    sourceUnits.size(), items.size(), outcomes[Outcome.A.ordinal()] / total,
                    outcomes[Outcome.B.ordinal()] / total, ties / total));
            units.add(sourceUnits);
        }
        int[][] shared = new int[units.size()][units.size()];
        for (int i = 0; i < units.size(); i++) {
            for (int j = 0; j < units.size(); j++) {
                Set<String> both = new HashSet<>(units.get(i));
                both.retainAll(units.get(j));
                shared[i][j] = both.size();
            }
        }
        return new SourcesSection(summaries, shared);
    }
}
