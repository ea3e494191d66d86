package dev.ordinal.io;

import static dev.ordinal.io.Inputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.judgment.RankingProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefLibTest {
    private static final String HEADER = "# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: Ann\n"
            + "# ALTERNATIVE NAME 2: Bob\n# ALTERNATIVE NAME 3: Cy\n";

    @Test
    void tiesInBracesBecomeGroupsAndZeroCountLinesAreSkipped() {
        LoadedRankings loaded = (LoadedRankings) Inputs.fixture("ties.toc", ReadOptions.defaults());
        RankingProfile profile = loaded.profile();
        assertThat(profile.items().ids()).containsExactly("Alpha", "Beta", "Gamma", "Delta");
        assertThat(profile.size()).isEqualTo(3);
        assertThat(profile.judgments()).isEqualTo(6);
        assertThat(profile.groupSizes(0)).containsExactly(1, 2, 1);
        assertThat(profile.count(0)).isEqualTo(3);
        assertThat(profile.weight(0)).isEqualTo(3.0);
        assertThat(profile.groupSizes(1)).containsExactly(2, 1, 1);
        assertThat(profile.groupSizes(2)).containsExactly(1, 3);
        assertThat(loaded.report().records()).isEqualTo(6);
    }

    @Test
    void alternativesMayBeNumberedFromZeroWithSpacedSeparators() {
        LoadedRankings loaded = (LoadedRankings) Inputs.fixture("from-zero.soc", ReadOptions.defaults());
        RankingProfile profile = loaded.profile();
        // Every declared alternative is an item, in header order, even before any ballot names it.
        assertThat(profile.items().ids()).containsExactly("0", "1", "2");
        assertThat(profile.order(0)).containsExactly(1, 2, 0);
        assertThat(profile.count(0)).isEqualTo(2);
        assertThat(profile.order(1)).containsExactly(2, 0, 1);
        assertThat(profile.judgments()).isEqualTo(3);
    }

    @Test
    void withoutNamesTheNumberIsTheId() {
        LoadedRankings loaded = (LoadedRankings) text("x.soc", "2: 3,1,2\n");
        assertThat(loaded.profile().items().ids()).containsExactly("3", "1", "2");
    }

    @Test
    void anUndeclaredAlternativeIsReported() {
        assertThatThrownBy(() -> text("x.soc", HEADER + "2: 1,2,3\n1: 1,4,2\n"))
                .hasMessage("x.soc:6: alternative 4 is not declared in the header; expected one of the alternatives"
                        + " 1–3 declared by '# ALTERNATIVE NAME' lines")
                .satisfies(e -> assertThat(((InputException) e).value()).contains("4"));
    }

    @Test
    void aBadLineIsReported() {
        assertThatThrownBy(() -> text("x.soc", HEADER + "2; 1,2,3\n"))
                .hasMessage("x.soc:5: '2; 1,2,3' is not a PrefLib order line;"
                        + " expected COUNT: a,b,{c,d},... with alternative numbers");
        assertThatThrownBy(() -> text("x.soc", HEADER + "2: 1,2,x\n"))
                .hasMessage("x.soc:5: '2: 1,2,x' is not a PrefLib order line (unexpected 'x');"
                        + " expected COUNT: a,b,{c,d},... with alternative numbers");
        assertThatThrownBy(() -> text("x.toc", HEADER + "2: 1,{2,3\n"))
                .hasMessage("x.toc:5: '2: 1,{2,3' is not a PrefLib order line (a '{' is not closed);"
                        + " expected COUNT: a,b,{c,d},... with alternative numbers");
        assertThatThrownBy(() -> text("x.soc", HEADER + "2: 1,2,1\n"))
                .hasMessage("x.soc:5: item 'Ann' appears twice; expected every item at most once in a ranking");
    }

    @Test
    void skippingCountsBallotsNotLines() {
        LoadedJudgments loaded = text("x.soc", HEADER + "2: 1,2,3\n5: 1,9,2\nnonsense\n",
                ReadOptions.defaults().withSkipInvalid(true));
        assertThat(loaded.report()).isEqualTo(new ReadReport("x.soc", 8, 2, 6,
                Map.of("unknown alternative", 5L, "bad line", 1L)));
    }

    @Test
    void aHeaderOnlyFileHasNoJudgments() {
        assertThatThrownBy(() -> text("x.soc", HEADER + "0: 1,2,3\n")).hasMessage("x.soc: no judgments found");
    }

    @Test
    void duplicateAlternativeNamesAreReported() {
        assertThatThrownBy(() -> text("x.soc", "# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Ann\n1: 1,2\n"))
                .hasMessage("x.soc:2: alternatives 1 and 2 are both named 'Ann'; expected a distinct name for every alternative");
    }
}
