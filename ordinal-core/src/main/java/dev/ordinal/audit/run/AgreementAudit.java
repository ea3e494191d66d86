package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import dev.ordinal.audit.Label;
import dev.ordinal.metric.Agreement;
import dev.ordinal.metric.AgreementReport;
import dev.ordinal.metric.AlphaReport;
import dev.ordinal.metric.BootstrapOptions;
import dev.ordinal.metric.Krippendorff;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the {@link AgreementSection}: {@link Agreement#between} each other source's verdicts
 * and the reference's, one verdict per unit ({@link AuditSource#onePerUnit()}); κ of every two
 * sources without intervals; {@link Krippendorff#alpha(List, BootstrapOptions)} of every panel.
 */
final class AgreementAudit {
    private AgreementAudit() {
    }

    static AgreementSection run(AuditRequest request) {
        BootstrapOptions bootstrap = request.settings().metricBootstrap();
        AuditSource referenceSource = request.referenceSource();
        List<Label> reference = referenceSource.onePerUnit();
        List<Attempt<AgreementReport>> agreements = new ArrayList<>();
        for (AuditSource source : request.others()) {
            try {
                agreements.add(Attempt.of(source.name(), Agreement.between(source.onePerUnit(), reference, bootstrap)));
            } catch (IllegalArgumentException | DataException e) {
                agreements.add(Attempt.failed(source.name(), Attempt.reason(e)));
            }
        }
        List<String> names = request.names();
        List<List<Label>> verdicts = request.sources().stream().map(AuditSource::onePerUnit).toList();
        double[][] kappa = new double[names.size()][names.size()];
        List<String> unshared = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            kappa[i][i] = 1;
            for (int j = i + 1; j < names.size(); j++) {
                try {
                    kappa[i][j] = Agreement.between(verdicts.get(i), verdicts.get(j), BootstrapOptions.none())
                            .kappa().value().orElse(Double.NaN);
                } catch (IllegalArgumentException | DataException e) {
                    kappa[i][j] = Double.NaN;
                    unshared.add(names.get(i) + " and " + names.get(j) + " (" + e.getMessage() + ")");
                }
                kappa[j][i] = kappa[i][j];
            }
        }
        List<Attempt<AlphaReport>> panels = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            if (source.isPanel()) {
                panels.add(alpha(source.name() + " judges", source.labels(), bootstrap));
            }
        }
        if (request.sources().size() > 1) {
            List<Label> together = new ArrayList<>();
            verdicts.forEach(together::addAll);
            panels.add(alpha(AgreementSection.ALL_SOURCES, together, bootstrap));
        }
        return new AgreementSection(referenceSource.needsMajority(), agreements, kappa, unshared, panels);
    }

    private static Attempt<AlphaReport> alpha(String panel, List<Label> labels, BootstrapOptions bootstrap) {
        try {
            return Attempt.of(panel, Krippendorff.alpha(labels, bootstrap));
        } catch (IllegalArgumentException | DataException e) {
            return Attempt.failed(panel, Attempt.reason(e));
        }
    }
}
