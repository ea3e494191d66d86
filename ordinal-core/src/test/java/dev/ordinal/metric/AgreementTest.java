package dev.ordinal.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.audit.Label;
import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Agreement of two label sources: κ reference values, alignment of item orders, properties, bad input. */
class AgreementTest {

    static Label label(String source, String unit, String left, String right, Outcome outcome) {
        return new Label(source, source, unit, "", left, right, outcome);
    }

    /**
     * Wikipedia, "Cohen's kappa", simple example: 50 grant proposals read by A and B; both yes 20,
     * A yes and B no 5, A no and B yes 10, both no 15: p_o = 0.7, p_e = 0.5, κ = 0.4.
     */
    @Test
    void cohenKappaOfTheTwoByTwoTextbookExample() {
        assertThat(Agreement.cohenKappa(new long[][] {{20, 5}, {10, 15}}).get()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * J. L. Fleiss, B. Levin and M. C. Paik, Statistical Methods for Rates and Proportions, 3rd ed.
     * (Wiley, 2003), section 18.1, table 18.1: two raters diagnose 100 subjects as psychotic,
     * neurotic or organic. p_o = 0.89 and p_e = 0.80·0.80 + 0.10·0.05 + 0.10·0.15 = 0.66, so
     * κ = 0.23 / 0.34 = 0.676.
     */
    @Test
    void cohenKappaOfTheThreeCategoryTextbookExample() {
        long[][] diagnoses = {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}};
        assertThat(Agreement.cohenKappa(diagnoses).get()).isCloseTo(0.23 / 0.34, within(1e-12));
    }

    @Test
    void cohenKappaSaysWhyItIsUndefined() {
        Estimate kappa = Agreement.cohenKappa(new long[][] {{7, 0}, {0, 0}});
        assertThat(kappa.defined()).isFalse();
        assertThat(kappa.undefinedBecause().orElseThrow()).contains("same category");
        assertThatThrownBy(kappa::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("undefined");
        assertThatThrownBy(() -> Agreement.cohenKappa(new long[][] {{1, 2}, {3}}))
                .hasMessageContaining("square");
    }

    /**
     * Four units; the judge shows two of them the other way round from the crowd, with the verdict
     * flipped to match, so after alignment the two agree on all four. Read naively by side, they
     * would disagree on those two.
     */
    @Test
    void verdictsAreAlignedToOneItemOrderBeforeComparing() {
        List<Label> crowd = List.of(label("crowd", "1", "x", "y", Outcome.A), label("crowd", "2", "y", "z", Outcome.B),
                label("crowd", "3", "x", "z", Outcome.TIE), label("crowd", "4", "z", "w", Outcome.A));
        List<Label> judge = List.of(label("gpt4", "1", "y", "x", Outcome.B), label("gpt4", "2", "z", "y", Outcome.A),
                label("gpt4", "3", "z", "x", Outcome.BOTH_BAD), label("gpt4", "4", "z", "w", Outcome.A));
        AgreementReport report = Agreement.between(crowd, judge, BootstrapOptions.none());
        assertThat(report.agreement().get()).isEqualTo(1.0);
        assertThat(report.agreementWithoutTies().get()).isEqualTo(1.0);
        // Canonical order: unit 1 x<y, x wins: a. Unit 2 y<z, z wins: b. Unit 3: tie. Unit 4 w<z, z wins: b.
        assertThat(report.confusion().counts()).isEqualTo(new long[][] {{1, 0, 0}, {0, 2, 0}, {0, 0, 1}});
        assertThat(report.kappa().get()).isEqualTo(1.0);
    }

    /**
     * Six units by hand. Confusion (rows crowd, columns judge, a/b/tie): unit 1 a/a, 2 a/b, 3 b/b,
     * 4 tie/a, 5 b/tie, 6 tie/tie, i.e. rows a (1, 1, 0), b (0, 1, 1), tie (1, 0, 1). Raw agreement
     * 3/6. Without ties: units 1–3, agreement 2/3. Averaged with its mirror image (a ↔ b in rows
     * and columns) the matrix is a (1, ½, ½), b (½, 1, ½), tie (½, ½, 1): n = 6, diagonal 3, every
     * row and column sums to 2, so Σ row·column = 12 and κ = (6·3 − 12)/(6² − 12) = 0.25.
     */
    @Test
    void handComputedFigures() {
        List<Label> crowd = List.of(label("crowd", "1", "p", "q", Outcome.A), label("crowd", "2", "p", "q", Outcome.A),
                label("crowd", "3", "p", "q", Outcome.B), label("crowd", "4", "p", "q", Outcome.TIE),
                label("crowd", "5", "p", "q", Outcome.B), label("crowd", "6", "p", "q", Outcome.TIE));
        List<Label> judge = List.of(label("j", "1", "p", "q", Outcome.A), label("j", "2", "p", "q", Outcome.B),
                label("j", "3", "p", "q", Outcome.B), label("j", "4", "p", "q", Outcome.A),
                label("j", "5", "p", "q", Outcome.TIE), label("j", "6", "p", "q", Outcome.TIE));
        AgreementReport report = Agreement.between(crowd, judge, BootstrapOptions.none());
        assertThat(report.agreement().get()).isCloseTo(0.5, within(1e-12));
        assertThat(report.agreementWithoutTies().get()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.decisiveUnits()).isEqualTo(3);
        assertThat(report.kappa().get()).isCloseTo(0.25, within(1e-12));
        assertThat(report.kappa().interval()).isEmpty();
        assertThat(report.warnings()).singleElement().asString().contains("only 6 shared units");
    }

    /**
     * Random verdicts on {@code units} units; unit u always compares the same two items (drawn
     * from u alone), shown in a random order.
     */
    static List<Label> randomSource(String name, int units, long seed, double tieRate) {
        Random random = new Random(seed);
        List<Label> labels = new ArrayList<>();
        for (int unit = 0; unit < units; unit++) {
            Random pair = new Random(unit);
            String left = "m" + pair.nextInt(8);
            String right = "n" + pair.nextInt(8);
            double u = random.nextDouble();
            Outcome outcome = u < tieRate ? Outcome.TIE : u < (1 + tieRate) / 2 ? Outcome.A : Outcome.B;
            labels.add(random.nextBoolean() ? label(name, "u" + unit, left, right, outcome)
                    : label(name, "u" + unit, right, left, outcome.swapped()));
        }
        return labels;
    }

    /** The same verdicts on the other side of the screen, with the verdict flipped to match. */
    private static List<Label> shownTheOtherWayRound(List<Label> labels, String source) {
        return labels.stream().map(l -> new Label(source, source, l.unit(), l.context(), l.right(), l.left(),
                l.outcome().swapped())).toList();
    }

    @Test
    void aSourceAgreesPerfectlyWithItsDuplicate() {
        List<Label> judge = randomSource("judge", 200, 5, 0.2);
        AgreementReport report = Agreement.between(judge, shownTheOtherWayRound(judge, "copy"),
                new BootstrapOptions(200, 3, 0.95));
        assertThat(report.agreement().get()).isEqualTo(1.0);
        assertThat(report.kappa().get()).isCloseTo(1.0, within(1e-12));
        assertThat(report.kappa().interval().orElseThrow().lower()).isCloseTo(1.0, within(1e-12));
        assertThat(report.onlyFirst()).isZero();
    }

    @Test
    void swappingTheSourcesTransposesTheMatrixAndKeepsEveryFigure() {
        List<Label> first = randomSource("first", 300, 7, 0.25);
        List<Label> second = new ArrayList<>(randomSource("second", 300, 8, 0.25));
        // Make them agree on a third of the units so κ is clearly positive.
        for (int unit = 0; unit < 100; unit++) {
            Label l = first.get(unit);
            second.set(unit, label("second", l.unit(), l.left(), l.right(), l.outcome()));
        }
        BootstrapOptions bootstrap = new BootstrapOptions(300, 11, 0.9);
        AgreementReport forward = Agreement.between(first, second, bootstrap);
        AgreementReport backward = Agreement.between(second, first, bootstrap);
        assertThat(forward.kappa().get()).isGreaterThan(0.2);
        assertThat(backward.kappa().get()).isCloseTo(forward.kappa().get(), within(1e-12));
        assertThat(backward.agreement().get()).isEqualTo(forward.agreement().get());
        assertThat(backward.agreementWithoutTies().get()).isEqualTo(forward.agreementWithoutTies().get());
        assertThat(backward.confusion()).isEqualTo(forward.confusion().transposed());
    }

    /** Renaming the items so that every unit's canonical order reverses changes no figure. */
    @Test
    void renamingItemsChangesNothing() {
        List<Label> first = randomSource("first", 300, 17, 0.3);
        List<Label> second = randomSource("second", 300, 18, 0.1);
        AgreementReport report = Agreement.between(first, second, BootstrapOptions.none());
        // m… < n… becomes z… > y…: the first item of every unit becomes its second.
        AgreementReport renamed = Agreement.between(renamed(first), renamed(second), BootstrapOptions.none());
        assertThat(renamed.kappa().get()).isCloseTo(report.kappa().get(), within(1e-12));
        assertThat(renamed.agreement().get()).isEqualTo(report.agreement().get());
        assertThat(renamed.confusion().count(Verdict.A, Verdict.B)).isEqualTo(report.confusion().count(Verdict.B,
                Verdict.A));
    }

    private static List<Label> renamed(List<Label> labels) {
        return labels.stream().map(l -> new Label(l.source(), l.judge(), l.unit(), l.context(),
                l.left().replace('m', 'z').replace('n', 'y'), l.right().replace('m', 'z').replace('n', 'y'),
                l.outcome())).toList();
    }

    @Test
    void bootstrapIntervalsAreSeededAndCoverTheEstimate() {
        List<Label> first = randomSource("first", 150, 21, 0.2);
        List<Label> second = randomSource("second", 150, 22, 0.2);
        BootstrapOptions bootstrap = new BootstrapOptions(400, 5, 0.95);
        AgreementReport once = Agreement.between(first, second, bootstrap);
        AgreementReport again = Agreement.between(first, second, bootstrap);
        AgreementReport otherSeed = Agreement.between(first, second, new BootstrapOptions(400, 6, 0.95));
        assertThat(again.kappa().interval()).isEqualTo(once.kappa().interval());
        assertThat(otherSeed.kappa().interval()).isNotEqualTo(once.kappa().interval());
        for (Estimate estimate : List.of(once.agreement(), once.agreementWithoutTies(), once.kappa())) {
            assertThat(estimate.rounds()).isEqualTo(400);
            assertThat(estimate.interval().orElseThrow().lower()).isLessThanOrEqualTo(estimate.get());
            assertThat(estimate.interval().orElseThrow().upper()).isGreaterThanOrEqualTo(estimate.get());
            assertThat(estimate.interval().orElseThrow().upper() - estimate.interval().orElseThrow().lower())
                    .isGreaterThan(0.05);
        }
    }

    @Test
    void sourcesSharingNoUnitsAreNamedInTheError() {
        List<Label> crowd = List.of(label("crowd", "1", "x", "y", Outcome.A), label("crowd", "2", "x", "y", Outcome.A));
        List<Label> judge = List.of(label("gpt4", "7", "x", "y", Outcome.A));
        assertThatThrownBy(() -> Agreement.between(crowd, judge, BootstrapOptions.none()))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("crowd and gpt4 share no units")
                .hasMessageContaining("'1', '2'").hasMessageContaining("'7'");
    }

    @Test
    void aJudgeWithOneLabelGetsFiguresAndAWarning() {
        List<Label> crowd = randomSource("crowd", 20, 31, 0.2);
        Label first = crowd.get(0);
        List<Label> judge = List.of(label("lonely", first.unit(), first.left(), first.right(), first.outcome()));
        AgreementReport report = Agreement.between(crowd, judge, new BootstrapOptions(50, 1, 0.95));
        assertThat(report.sharedUnits()).isEqualTo(1);
        assertThat(report.onlyFirst()).isEqualTo(19);
        assertThat(report.agreement().get()).isEqualTo(1.0);
        assertThat(report.warnings()).singleElement().asString().contains("only 1 shared unit between");
    }

    @Test
    void allTiesLeaveKappaUndefinedAndSaySo() {
        List<Label> first = List.of(label("a", "1", "x", "y", Outcome.TIE), label("a", "2", "x", "z", Outcome.BOTH_BAD));
        List<Label> second = List.of(label("b", "1", "y", "x", Outcome.TIE), label("b", "2", "x", "z", Outcome.TIE));
        AgreementReport report = Agreement.between(first, second, new BootstrapOptions(20, 1, 0.95));
        assertThat(report.agreement().get()).isEqualTo(1.0);
        assertThat(report.kappa().defined()).isFalse();
        assertThat(report.kappa().value()).isEmpty();
        assertThat(report.kappa().undefinedBecause().orElseThrow()).contains("every shared unit a tie");
        assertThat(report.kappa().undefinedRounds()).isEqualTo(20);
        assertThat(report.kappa().interval()).isEmpty();
        assertThat(report.agreementWithoutTies().undefinedBecause().orElseThrow()).contains("gave a tie");
    }

    /** Identical decisive verdicts are perfect agreement: which item is "a" is arbitrary, so κ is defined. */
    @Test
    void identicalDecisiveVerdictsGiveKappaOne() {
        List<Label> first = List.of(label("a", "1", "x", "y", Outcome.A), label("a", "2", "x", "z", Outcome.A));
        List<Label> second = List.of(label("b", "1", "x", "y", Outcome.A), label("b", "2", "x", "z", Outcome.A));
        assertThat(Agreement.between(first, second, BootstrapOptions.none()).kappa().get()).isEqualTo(1.0);
    }

    @Test
    void badInputIsExplained() {
        List<Label> crowd = List.of(label("crowd", "1", "x", "y", Outcome.A),
                new Label("crowd", "w2", "1", "", "x", "y", Outcome.B));
        List<Label> judge = List.of(label("gpt4", "1", "x", "y", Outcome.A));
        assertThatThrownBy(() -> Agreement.between(crowd, judge, BootstrapOptions.none()))
                .isInstanceOfSatisfying(DataException.class,
                        e -> assertThat(e.remedy()).contains("compare its majority (Majority.of) or one judge at a time"))
                .hasMessageContaining("crowd has 2 labels on unit '1'").hasMessageContaining("Majority.of");
        List<Label> otherPair = List.of(label("gpt4", "1", "x", "z", Outcome.A));
        assertThatThrownBy(() -> Agreement.between(List.of(crowd.get(0)), otherPair, BootstrapOptions.none()))
                .hasMessageContaining("unit '1' compares 'x' and 'y' in crowd but 'x' and 'z' in gpt4");
        assertThatThrownBy(() -> Agreement.between(List.of(), judge, BootstrapOptions.none()))
                .hasMessageContaining("the first source has no labels");
        assertThatThrownBy(() -> new BootstrapOptions(-1, 1, 0.95)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("bootstrap must be a whole number of at least 0, got '-1'");
        assertThatThrownBy(() -> new BootstrapOptions(10, 1, 1.0))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("level"))
                .hasMessage("level must be a number in (0, 1), got '1'");
    }
}
