package dev.ordinal.io;

import static dev.ordinal.io.BallotInputs.summary;
import static dev.ordinal.io.BallotInputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.DataException;
import dev.ordinal.vote.Ballots;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefLibWriterTest {

    @Test
    void theHeaderFollowsPrefLibAndLinesGoLargestCountFirst() throws IOException {
        Ballots ballots = text("x.csv", "ballot,count\nb>a>c,2\na>b>c,5\n").ballots();
        assertThat(write(ballots, PrefLibType.SOC, "x.soc", "Test")).isEqualTo("""
                # FILE NAME: x.soc
                # TITLE: Test
                # DESCRIPTION:\s
                # DATA TYPE: soc
                # MODIFICATION TYPE: original
                # RELATES TO:\s
                # RELATED FILES:\s
                # PUBLICATION DATE:\s
                # MODIFICATION DATE:\s
                # NUMBER ALTERNATIVES: 3
                # NUMBER VOTERS: 7
                # NUMBER UNIQUE ORDERS: 2
                # ALTERNATIVE NAME 1: b
                # ALTERNATIVE NAME 2: a
                # ALTERNATIVE NAME 3: c
                5: 2,1,3
                2: 1,2,3
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a>b>c|a>c>b|SOC",
            "a>b>c|c|SOI",
            "a>b=c|c>a>b|TOC",
            "a=b|c>a>b|TOI"})
    void theTypeIsTheMostRestrictiveThatHoldsTheBallots(String first, String second, PrefLibType expected) {
        Ballots ballots = text("x.csv", "ballot\n" + first + "\n" + second + "\n").ballots();
        assertThat(PrefLibWriter.typeOf(ballots)).isEqualTo(expected);
    }

    @Test
    void theShippedPrefLibFilesRoundTrip() throws IOException {
        for (String example : List.of("preflib/netflix/00004-00000001.soc", "preflib/irish/00001-00000002.soi")) {
            Ballots original = BallotFiles.read(List.of(Inputs.example(example)), BallotReadOptions.defaults()).ballots();
            PrefLibType type = PrefLibWriter.typeOf(original);
            assertThat(example).endsWith(type.extension());
            Ballots again = text("again." + type.extension(), write(original, type, "again", "again")).ballots();
            assertThat(again.candidates()).isEqualTo(original.candidates());
            assertThat(summary(again)).isEqualTo(summary(original));
        }
    }

    @Test
    void theShippedCsvAndJsonLinesBallotsRoundTripThroughSoc() throws IOException {
        for (String example : List.of("ballots/tennessee.csv", "ballots/tennessee.jsonl")) {
            Ballots original = BallotFiles.read(List.of(Inputs.example(example)), BallotReadOptions.defaults()).ballots();
            assertThat(PrefLibWriter.typeOf(original)).isEqualTo(PrefLibType.SOC);
            Ballots again = text("again.soc", write(original, PrefLibType.SOC, "again.soc", "Tennessee")).ballots();
            assertThat(again.candidates()).isEqualTo(original.candidates());
            assertThat(summary(again)).isEqualTo(summary(original));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x.toc|ballot,count\\na>b=c>d,3\\nd=c>b>a,2\\n|TOC",
            "x.toi|ballot,count\\na=b,3\\n,2\\nd>a=c,1\\n|TOI",
            "x.csv|approvals,count\\na;c,2\\nb,1\\n,4\\na;b;c,1\\n|CAT",
            "x.cat|ballot,count\\na>b=c,3\\nb,1\\na>b>c>d,2\\n|CAT",
            "x.soi|ballot\\nd>b\\nb>d\\n|SOI"})
    void handmadeBallotsRoundTrip(String name, String csv, PrefLibType type) throws IOException {
        Ballots original = text("in.csv", csv.replace("\\n", "\n")).ballots();
        String written = write(original, type, name, "handmade");
        Ballots again = text("again." + type.extension(), written).ballots();
        assertThat(again.candidates()).isEqualTo(original.candidates());
        assertThat(summary(again)).isEqualTo(summary(original));
        // And once more: what was read back writes the same file.
        assertThat(write(again, type, name, "handmade")).isEqualTo(written);
    }

    @Test
    void approvalsWriteAsATwoCategoryYesNoFile() throws IOException {
        Ballots ballots = text("x.csv", "approvals,count\na;c,2\nb,1\n,1\n").ballots();
        assertThat(write(ballots, PrefLibType.CAT, "x.cat", "t")).contains(
                "# NUMBER UNIQUE PREFERENCES: 3\n# NUMBER CATEGORIES: 2\n# CATEGORY NAME 1: Yes\n# CATEGORY NAME 2: No\n")
                .endsWith("2: {1,2},3\n1: 3,{1,2}\n1: {},{1,2,3}\n");
    }

    @Test
    void aTwoCategoryPrefLibCatFileRoundTrips() throws IOException {
        String cat = "# DATA TYPE: cat\n# NUMBER CATEGORIES: 2\n# ALTERNATIVE NAME 1: x\n# ALTERNATIVE NAME 2: y\n"
                + "4: {},{1,2}\n3: 2,1\n1: {1,2},{}\n";
        Ballots original = text("in.cat", cat).ballots();
        Ballots again = text("again.cat", write(original, PrefLibType.CAT, "again.cat", "t")).ballots();
        assertThat(summary(again)).isEqualTo(summary(original)).containsOnlyKeys("", "y", "x=y");
    }

    @Test
    void ballotsThatDoNotFitTheTypeOrHaveFractionalWeightsAreRefused() {
        Ballots ties = text("x.csv", "ballot\na=b>c\n").ballots();
        assertThatThrownBy(() -> write(ties, PrefLibType.SOI, "x.soi", "t"))
                .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.remedy()).contains("write them as toc or toi"))
                .hasMessage("these ballots are toc data and do not fit a soi file; write them as toc or toi");
        Ballots truncated = text("x.csv", "ballot\na>b\nc\n").ballots();
        assertThatThrownBy(() -> write(truncated, PrefLibType.TOC, "x.toc", "t"))
                .hasMessage("these ballots are soi data and do not fit a toc file; write them as soi or toi");
        Ballots fractional = text("x.csv", "ballot,weight\na>b,1.5\n").ballots();
        assertThatThrownBy(() -> write(fractional, PrefLibType.SOC, "x.soc", "t"))
                .hasMessage("distinct ballot 0 has weight 1.5, but PrefLib counts voters in whole numbers");
    }

    @Test
    void scoreBallotsAreWrittenAsTheirOrders() throws IOException {
        Ballots scores = text("x.csv", "a,b,c\n1,5,\n", BallotReadOptions.defaults().withColumns(BallotColumns.SCORE))
                .ballots();
        assertThat(PrefLibWriter.typeOf(scores)).isEqualTo(PrefLibType.SOI);
        assertThat(write(scores, PrefLibType.SOI, "x.soi", "t")).endsWith("1: 2,1\n");
    }

    private static String write(Ballots ballots, PrefLibType type, String fileName, String title) throws IOException {
        StringWriter out = new StringWriter();
        PrefLibWriter.write(ballots, type, fileName, title, out);
        return out.toString();
    }
}
