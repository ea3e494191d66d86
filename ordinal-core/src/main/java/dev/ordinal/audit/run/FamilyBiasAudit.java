package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import dev.ordinal.audit.FamilyBias;
import dev.ordinal.audit.FamilyBiasEstimate;
import dev.ordinal.audit.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Computes the {@link FamilyBiasSection} with {@link FamilyBias#compare}, paired over units. */
final class FamilyBiasAudit {
    private FamilyBiasAudit() {
    }

    static Optional<FamilyBiasSection> run(AuditRequest request) {
        if (request.itemFamilies().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> itemFamilies = request.itemFamilies().get();
        List<Label> labels = request.allLabels();
        Set<String> judged = new TreeSet<>();
        labels.forEach(label -> {
            judged.add(label.left());
            judged.add(label.right());
        });
        List<String> strangers = itemFamilies.keySet().stream().filter(member -> !judged.contains(member)).sorted()
                .toList();
        List<FamilyBiasSection.Judge> judges = new ArrayList<>();
        request.judgeFamilies().forEach((source, family) -> {
            Optional<Attempt<FamilyBiasEstimate>> estimate = Optional.empty();
            if (!source.equals(request.reference())) {
                try {
                    estimate = Optional.of(Attempt.of(source, FamilyBias.compare(labels, itemFamilies, source, family,
                            request.reference(), request.settings().auditOptions())));
                } catch (IllegalArgumentException | DataException e) {
                    estimate = Optional.of(Attempt.failed(source, Attempt.reason(e)));
                }
            }
            judges.add(new FamilyBiasSection.Judge(source, family, estimate));
        });
        return Optional.of(new FamilyBiasSection(itemFamilies.size(), strangers, List.copyOf(judged), judges));
    }
}
