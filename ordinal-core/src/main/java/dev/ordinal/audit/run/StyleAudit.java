package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import dev.ordinal.audit.Answers;
import dev.ordinal.audit.StyleControl;
import dev.ordinal.audit.StyleControlResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes the {@link StyleSection} with {@link StyleControl#arena()}, when the request has answers. */
final class StyleAudit {
    private StyleAudit() {
    }

    static Optional<StyleSection> run(AuditRequest request, Runnable step) {
        if (request.answers().isEmpty()) {
            return Optional.empty();
        }
        Answers answers = request.answers().get();
        StyleControl control = StyleControl.arena();
        List<Attempt<StyleControlResult>> results = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            try {
                results.add(Attempt.of(source.name(), control.run(source.labels(), answers)));
            } catch (IllegalArgumentException | DataException e) {
                results.add(Attempt.failed(source.name(), Attempt.reason(e)));
            }
            step.run();
        }
        return Optional.of(new StyleSection(results));
    }
}
