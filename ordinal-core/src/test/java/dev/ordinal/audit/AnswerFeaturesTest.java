package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Counts on hand-made markdown, each checked by reading the text. */
class AnswerFeaturesTest {

    @Test
    void countsEachMarkdownElementOfAHandMadeAnswer() {
        String text = """
                # Title
                Some **bold** text and __more bold__ here.
                ## Section two
                - first
                * second
                + third
                1. one
                2) two
                ####### seven hashes is not a header
                #hashtag is not a header
                ---
                * * *
                plain line with ** spaced ** stars
                """;
        AnswerFeatures features = AnswerFeatures.of(text);
        assertThat(features.headers()).isEqualTo(2);
        assertThat(features.listItems()).isEqualTo(5);
        assertThat(features.boldSpans()).isEqualTo(2);
        assertThat(features.codeBlocks()).isZero();
    }

    @Test
    void markdownInsideFencedCodeIsNotCounted() {
        String text = """
                Here is code:
                ```python
                # a comment, not a header
                - x  # not a list item
                print("**not bold**")
                ```
                ~~~
                # still code, unclosed fence runs to the end
                """;
        AnswerFeatures features = AnswerFeatures.of(text);
        assertThat(features.codeBlocks()).isEqualTo(2);
        assertThat(features.headers()).isZero();
        assertThat(features.listItems()).isZero();
        assertThat(features.boldSpans()).isZero();
    }

    @Test
    void aFenceClosesOnlyWithTheSameCharacterAndAtLeastItsLength() {
        String text = "````\n```\n# inside\n~~~\n````\n# outside\n";
        AnswerFeatures features = AnswerFeatures.of(text);
        assertThat(features.codeBlocks()).isEqualTo(1);
        assertThat(features.headers()).isEqualTo(1);
    }

    @Test
    void tokensAreWordRunsAndSingleSymbols() {
        // "Hello", ",", "world", "!", "It", "'", "s", "42", "°", "C" → 10 tokens.
        assertThat(AnswerFeatures.of("Hello, world! It's 42°C").tokens()).isEqualTo(10);
        assertThat(AnswerFeatures.of("  \n\t ").tokens()).isZero();
        assertThat(AnswerFeatures.of("naïve café").tokens()).isEqualTo(2);
    }

    @Test
    void charactersAreCodePoints() {
        assertThat(AnswerFeatures.of("a😀b").characters()).isEqualTo(3);
        assertThat(AnswerFeatures.of("").characters()).isZero();
    }

    @Test
    void headersMayBeIndentedUpToThreeSpacesAndBeEmpty() {
        assertThat(AnswerFeatures.of("   ### three spaces\n    # four spaces is code\n#\n").headers()).isEqualTo(2);
    }

    @Test
    void windowsLineEndsSplitLinesToo() {
        AnswerFeatures features = AnswerFeatures.of("# A\r\n- b\r\n- c\r\n");
        assertThat(features.headers()).isEqualTo(1);
        assertThat(features.listItems()).isEqualTo(2);
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> new AnswerFeatures(1, 1, -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void featureNamesRoundTripAndUnknownNamesListTheKnownOnes() {
        for (StyleFeature feature : StyleFeature.values()) {
            assertThat(StyleFeature.fromLabel(feature.label())).isEqualTo(feature);
        }
        assertThatThrownBy(() -> StyleFeature.fromLabel("emoji"))
                .hasMessageContaining("'emoji'").hasMessageContaining("length, characters, headers");
        AnswerFeatures features = new AnswerFeatures(1, 2, 3, 4, 5, 6);
        assertThat(StyleFeature.values()).extracting(f -> f.count(features)).containsExactly(1, 2, 3, 4, 5, 6);
    }
}
