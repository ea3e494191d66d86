package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.Answers;
import dev.ordinal.error.InvalidParameterException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class AnswerFilesTest {

    private static Answers read(String content, AnswerFields fields) {
        return AnswerFiles.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "answers.jsonl",
                fields);
    }

    @Test
    void readsLlmfaoShapedLinesWithNumericPromptIds() {
        Answers answers = read("""
                {"id":0,"model":97,"result":"Short.","prompt":8,"name":"Airoboros L2 70B"}

                {"id":1,"model":29,"result":"# Title\\n- a","prompt":8,"name":"Alpaca (7B)"}
                """, AnswerFields.llmfao());
        assertThat(answers.size()).isEqualTo(2);
        assertThat(answers.find("Alpaca (7B)", "8")).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("# Title\n- a"));
        assertThat(answers.find("Alpaca (7B)", "9")).isEmpty();
    }

    @Test
    void fieldNamesAreConfigurable() {
        Answers answers = read("{\"model\":97,\"prompt\":\"p1\",\"result\":\"x\"}\n",
                new AnswerFields("model", "prompt", "result"));
        assertThat(answers.find("97", "p1")).isPresent();
    }

    @Test
    void gzipIsUndone() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("{\"name\":\"m\",\"prompt\":1,\"result\":\"t\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Answers answers = AnswerFiles.read(new ByteArrayInputStream(bytes.toByteArray()), "a.jsonl.gz",
                AnswerFields.llmfao());
        assertThat(answers.find("m", "1")).isPresent();
    }

    @Test
    void problemsAreLocatedByLineAndField() {
        AnswerFields fields = AnswerFields.llmfao();
        assertThatThrownBy(() -> read("{\"name\":\"m\",\"prompt\":1,\"result\":\"t\"}\n{\"prompt\":1,\"result\":\"t\"}\n",
                fields)).isInstanceOf(InputException.class).hasMessage("answers.jsonl:2: field 'name': missing; "
                + "expected a string or a number");
        assertThatThrownBy(() -> read("{\"name\":\"m\",\"prompt\":1,\"result\":3}\n", fields))
                .hasMessage("answers.jsonl:1: field 'result': 3 is not text; expected the answer as a JSON string");
        assertThatThrownBy(() -> read("{\"name\":[1],\"prompt\":1,\"result\":\"t\"}\n", fields))
                .hasMessageContaining("answers.jsonl:1: field 'name': [1] is not a name");
        assertThatThrownBy(() -> read("{\"name\":\"m\",\"prompt\":1,\"result\":\"a\"}\n"
                + "{\"name\":\"m\",\"prompt\":\"1\",\"result\":\"b\"}\n", fields))
                .hasMessage("answers.jsonl:2: field 'name': item 'm' already has an answer in context '1' (line 1); "
                        + "expected one answer per item and context");
        assertThatThrownBy(() -> read("{\"name\":\"m\",\n", fields))
                .hasMessageStartingWith("answers.jsonl:1: malformed JSON");
        assertThatThrownBy(() -> read("[1, 2]\n", fields))
                .hasMessage("answers.jsonl:1: a JSON array is not an answer; expected one JSON object per line");
        assertThatThrownBy(() -> read("\n\n", fields)).hasMessage("answers.jsonl: no answers found");
        assertThatThrownBy(() -> AnswerFiles.read("no/such/answers.jsonl", fields))
                .isInstanceOf(InputException.class).hasMessageContaining("no/such/answers.jsonl");
        assertThatThrownBy(() -> new AnswerFields("name", "name", "result"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("answer-fields"))
                .hasMessage("answer-fields must be three different field names, ITEM,PROMPT,TEXT, got 'name,name,result'");
    }

    @Test
    void theShippedLlmfaoAnswersHaveOnePerModelAndPrompt() {
        Answers answers = AnswerFiles.read(Inputs.example("llmfao/results.jsonl"), AnswerFields.llmfao());
        // 1,133 lines in results.jsonl, one per (model, prompt).
        assertThat(answers.size()).isEqualTo(1_133);
        assertThat(answers.find("Weaver 12k", "8")).isPresent();
        assertThat(AnswerFiles.read(Inputs.example("llmfao/results.jsonl"), new AnswerFields("model", "prompt", "result"))
                .find("98", "8")).isPresent();
    }
}
