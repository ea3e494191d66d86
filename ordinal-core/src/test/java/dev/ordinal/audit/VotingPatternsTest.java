package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.VotingPatterns.Finding;
import dev.ordinal.audit.VotingPatterns.Kind;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each pattern on hand-made votes, and an ordinary voter who shows none. */
class VotingPatternsTest {
    private static final VotingPatterns PATTERNS = new VotingPatterns(4, 2);

    private static List<Label> votes(String judge, String units, String outcomes) {
        List<Label> labels = new ArrayList<>();
        String[] unitNames = units.split(" ");
        for (int k = 0; k < outcomes.length(); k++) {
            Outcome outcome = switch (outcomes.charAt(k)) {
                case 'A' -> Outcome.A;
                case 'B' -> Outcome.B;
                case 'X' -> Outcome.BOTH_BAD;
                default -> Outcome.TIE;
            };
            labels.add(new Label("crowd", judge, unitNames[k], "", "x" + k, "y" + k, outcome));
        }
        return labels;
    }

    private static List<Kind> kinds(List<Finding> findings, String judge) {
        return findings.stream().filter(f -> f.judge().equals(judge)).map(Finding::kind).toList();
    }

    @Test
    void findsEachPattern() {
        List<Label> labels = new ArrayList<>();
        labels.addAll(votes("ordinary", "u1 u2 u3 u4 u5", "ABBTA"));
        labels.addAll(votes("lefty", "u1 u2 u3 u4 u5", "AAAAA"));
        labels.addAll(votes("righty", "u1 u2 u3 u4", "BBBB"));
        labels.addAll(votes("fence", "u1 u2 u3 u4", "TXTT"));
        labels.addAll(votes("metronome", "u1 u2 u3 u4 u5 u6", "ABABAB"));
        labels.addAll(votes("repeater", "u1 u1 u2 u1 u3", "ABBAT"));
        labels.addAll(votes("copy-1", "u7 u8 u9 u6", "ABTB"));
        labels.addAll(votes("copy-2", "u7 u8 u9 u6", "ABTB"));
        List<Finding> findings = PATTERNS.find(labels);
        assertThat(kinds(findings, "ordinary")).isEmpty();
        assertThat(kinds(findings, "lefty")).containsExactly(Kind.ALWAYS_LEFT);
        assertThat(kinds(findings, "righty")).containsExactly(Kind.ALWAYS_RIGHT);
        assertThat(kinds(findings, "fence")).containsExactly(Kind.ALWAYS_TIE);
        assertThat(kinds(findings, "metronome")).containsExactly(Kind.ALTERNATING);
        assertThat(kinds(findings, "repeater")).containsExactly(Kind.DUPLICATE_VOTES);
        Finding repeated = findings.stream().filter(f -> f.judge().equals("repeater")).findFirst().orElseThrow();
        assertThat(repeated.votes()).isEqualTo(2);
        assertThat(repeated.detail()).contains("'u1' 3 times");
        assertThat(kinds(findings, "copy-1")).containsExactly(Kind.SHARED_SEQUENCE);
        assertThat(findings.stream().filter(f -> f.judge().equals("copy-1")).findFirst().orElseThrow().detail())
                .contains("'copy-2'");
    }

    /** Below the minimum run a constant or alternating voter is not flagged: three lefts happen by chance. */
    @Test
    void shortRunsAreNotPatterns() {
        assertThat(PATTERNS.find(votes("short", "u1 u2 u3", "AAA"))).isEmpty();
    }

    /** Gaps of 1 s for a voter, 30 s for another: only the first is too fast. */
    @Test
    void findsVotesTooFastWhenTimesAreGiven() {
        List<Label> labels = new ArrayList<>();
        labels.addAll(votes("hasty", "u1 u2 u3 u4 u5", "ABBTA"));
        labels.addAll(votes("careful", "u1 u2 u3 u4 u5", "BABTA"));
        long[] times = {0, 1000, 2000, 3000, 4000, 0, 30_000, 60_000, 90_000, 120_000};
        List<Finding> findings = PATTERNS.find(labels, times);
        assertThat(kinds(findings, "hasty")).containsExactly(Kind.TOO_FAST);
        assertThat(kinds(findings, "careful")).isEmpty();
        assertThatThrownBy(() -> PATTERNS.find(labels, new long[3])).hasMessageContaining("one time per label");
    }
}
