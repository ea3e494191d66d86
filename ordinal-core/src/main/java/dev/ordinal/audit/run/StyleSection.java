package dev.ordinal.audit.run;

import dev.ordinal.audit.StyleControlResult;
import java.util.List;

/**
 * The Style control section: per source, the Chatbot Arena's style-controlled Bradley–Terry fit
 * (the pull of answer length, headers, lists and bold, and the ranking with them held fixed).
 *
 * @param results one attempt per source, in order
 */
public record StyleSection(List<Attempt<StyleControlResult>> results) {
    public StyleSection {
        results = List.copyOf(results);
    }
}
