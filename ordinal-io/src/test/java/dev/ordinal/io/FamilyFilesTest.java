package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyFilesTest {
    private static final Path LLMFAO_MODELS = Path.of("/work/shared/data/llmfao/models.jsonl");

    private static Map<String, String> read(String name, String content, FamilyReadOptions options) {
        return FamilyFiles.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, options);
    }

    private static void fails(String name, String content, FamilyReadOptions options, String message) {
        assertThatThrownBy(() -> read(name, content, options)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void csvWithItemAndFamilyColumnsInAnyOrder() {
        Map<String, String> families = read("f.csv", """
                family,note,item
                OpenAI,,GPT 4
                OpenAI,x,"GPT 3.5 Turbo"

                Anthropic,, Claude v2
                OpenAI,,GPT 4
                """, FamilyReadOptions.defaults());
        assertThat(families).containsExactly(Map.entry("GPT 4", "OpenAI"), Map.entry("GPT 3.5 Turbo", "OpenAI"),
                Map.entry("Claude v2", "Anthropic"));
    }

    @Test
    void jsonLinesWithChosenFieldsAndNumericIds() {
        String content = """
                {"id":80,"name":"GPT 4","org":"OpenAI"}
                {"id":84,"name":"Claude v2","org":"Anthropic"}
                """;
        assertThat(read("m.jsonl", content, new FamilyReadOptions("name", "org")))
                .containsExactly(Map.entry("GPT 4", "OpenAI"), Map.entry("Claude v2", "Anthropic"));
        assertThat(read("m.jsonl", content, new FamilyReadOptions("id", "org")))
                .containsExactly(Map.entry("80", "OpenAI"), Map.entry("84", "Anthropic"));
        assertThat(read("m.json", "[" + content.strip().replace("\n", ",") + "]", new FamilyReadOptions("id", "org")))
                .hasSize(2);
    }

    @Test
    void readsLlmfaoModels() {
        Map<String, String> byName = FamilyFiles.read(LLMFAO_MODELS.toString(), new FamilyReadOptions("name", "org"));
        // models.jsonl lists 70 models; GPT 4 and both GPT 3.5 Turbo variants are OpenAI's.
        assertThat(byName).hasSize(70).containsEntry("GPT 4", "OpenAI").containsEntry("GPT 3.5 Turbo (16k)", "OpenAI")
                .containsEntry("Claude v2", "Anthropic");
    }

    @Test
    void locatedErrors() {
        FamilyReadOptions defaults = FamilyReadOptions.defaults();
        fails("f.csv", "model,family\na,X\n", defaults,
                "f.csv:1: the header has no column 'item'; expected columns item and family (choose others with the "
                        + "read options)");
        fails("f.csv", "item,family\na,X\nb,\n", defaults, "f.csv:3: field 'family': 'b' has an empty family; "
                + "expected a family name");
        fails("f.csv", "item,family\na,X\nb,Y\na,Y\n", defaults,
                "f.csv:4: field 'family': 'a' is of family 'X' on line 2 but 'Y' here; expected one family per member");
        fails("m.jsonl", "{\"name\":\"a\",\"org\":\"X\"}\n{\"name\":\"b\"}\n", new FamilyReadOptions("name", "org"),
                "m.jsonl:2: field 'org': the field is missing; expected a name (choose another field with the read "
                        + "options)");
        assertThatThrownBy(() -> read("m.jsonl", "{\"name\":\"a\",\"org\":\"X\"}\n{\"name\":\n",
                new FamilyReadOptions("name", "org"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.jsonl:2: malformed JSON (").hasMessageEndingWith("; expected one JSON object per line");
        fails("m.jsonl", "{\"name\":[1],\"org\":\"X\"}\n", new FamilyReadOptions("name", "org"),
                "m.jsonl:1: field 'name': '[1]' is not a name; expected a string or a number");
        fails("f.csv", "item,family\n", defaults, "f.csv: no family entries found");
    }

    @Test
    void readsFromDiskAndNamesMissingFiles(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        Path file = directory.resolve("families.csv");
        Files.writeString(file, "item,family\na,X\n");
        assertThat(FamilyFiles.read(file.toString(), FamilyReadOptions.defaults())).containsExactly(Map.entry("a", "X"));
        String missing = directory.resolve("none.csv").toString();
        assertThatThrownBy(() -> FamilyFiles.read(missing, FamilyReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessage(missing + ": no such file; expected a readable file");
    }

    @Test
    void optionsNeedTwoDifferentFields() {
        assertThatThrownBy(() -> new FamilyReadOptions("org", "org"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("family-fields"))
                .hasMessage("family-fields must be two different, non-blank field names, MEMBER,FAMILY, got 'org,org'");
    }
}
