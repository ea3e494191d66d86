package dev.ordinal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every entry of every kind: it builds with its defaults, and every numeric or choice
 * parameter rejects a value outside what it allows with an {@link InvalidParameterException} that
 * names that parameter. An entry added to a registry is covered here without another line.
 */
class RegistryWalkTest {
    @TestFactory
    Stream<DynamicTest> everyEntryBuildsWithItsDefaults() {
        return entries().map(entry -> DynamicTest.dynamicTest(entry.name(),
                () -> assertThat(entry.create()).isNotNull()));
    }

    @TestFactory
    Stream<DynamicTest> everyParameterRejectsAValueItDoesNotAllow() {
        return entries().flatMap(entry -> entry.parameters().stream().flatMap(parameter ->
                outside(parameter).stream().map(value -> DynamicTest.dynamicTest(
                        entry.name() + " " + parameter.name() + "=" + value, () ->
                                assertThatThrownBy(() -> entry.create(Map.of(parameter.name(), value)))
                                        .isInstanceOf(InvalidParameterException.class)
                                        .extracting(e -> ((InvalidParameterException) e).parameter())
                                        .isEqualTo(parameter.name())))));
    }

    @TestFactory
    Stream<DynamicTest> everyParameterAcceptsItsDefault() {
        return entries().flatMap(entry -> entry.parameters().stream()
                .filter(parameter -> parameter.defaultValue().isPresent())
                .map(parameter -> DynamicTest.dynamicTest(entry.name() + " " + parameter.name(), () ->
                        assertThat(entry.create(Map.of(parameter.name(), parameter.defaultValue().get())))
                                .isNotNull())));
    }

    @Test
    void unknownParametersAndNamesAreRejectedNamingThem() {
        for (Registry<?> registry : Registries.all()) {
            Entry<?> first = registry.entries().get(0);
            assertThatThrownBy(() -> first.create(Map.of("no-such-parameter", "1")))
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("no-such-parameter");
            assertThatThrownBy(() -> registry.entry("no-such-name")).isInstanceOf(InvalidParameterException.class)
                    .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo(registry.kind());
        }
    }

    @Test
    void everyEntryIsDescribedAndNamesAreUnique() {
        Set<String> kinds = new HashSet<>();
        for (Registry<?> registry : Registries.all()) {
            assertThat(kinds.add(registry.kind())).as(registry.kind()).isTrue();
            assertThat(registry.description()).isNotBlank();
            for (Entry<?> entry : registry.entries()) {
                assertThat(entry.name()).matches("[a-z0-9-]+");
                assertThat(entry.summary()).as(entry.name()).isNotBlank();
                entry.traits().forEach(trait -> assertThat(trait).matches("[a-z0-9-]+"));
                entry.parameters().forEach(parameter -> assertThat(parameter.help()).as(parameter.name()).isNotBlank());
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("model", "ties", "uncertainty", "rule", "rating", "strategy");
    }

    @Test
    void oldSpellingsStillSelectTheirEntries() {
        assertThat(Registries.models().entry("bradley-terry").name()).isEqualTo("bt");
        assertThat(Registries.models().entry("pl").name()).isEqualTo("plackett-luce");
        assertThat(Registries.rules().entry("bradley-terry").name()).isEqualTo("bt");
        assertThat(Registries.ratings().entry("bt-batch").name()).isEqualTo("bt");
        assertThat(Registries.rules().names()).hasSize(38);
        assertThat(Registries.rules().entry("schulze").traits()).contains("condorcet-winner");
    }

    private static Stream<Entry<?>> entries() {
        List<Entry<?>> all = new ArrayList<>();
        Registries.all().forEach(registry -> all.addAll(registry.entries()));
        return all.stream();
    }

    /** Values the parameter must refuse: just past each finite end, a word where a number goes. */
    private static List<String> outside(Parameter parameter) {
        List<String> values = new ArrayList<>();
        Range range = parameter.range();
        switch (parameter.type()) {
            case REAL, INTEGER, LONG, REALS -> {
                boolean whole = parameter.type() != Parameter.Type.REAL && parameter.type() != Parameter.Type.REALS;
                below(range, whole).ifPresent(values::add);
                above(range, whole).ifPresent(values::add);
                values.add("many");
            }
            case CHOICE -> values.add("no-such-choice");
            case BOOLEAN -> values.add("maybe");
            case TEXT -> values.add(" ");
        }
        return values;
    }

    private static Optional<String> below(Range range, boolean whole) {
        if (Double.isInfinite(range.low())) {
            return Optional.empty();
        }
        double value = range.lowIncluded() ? range.low() - (whole ? 1 : 1e-9) : range.low();
        return Optional.of(text(value, whole));
    }

    private static Optional<String> above(Range range, boolean whole) {
        if (Double.isInfinite(range.high())) {
            return Optional.empty();
        }
        double value = range.highIncluded() ? range.high() + (whole ? 1 : 1e-9) : range.high();
        return Optional.of(text(value, whole));
    }

    private static String text(double value, boolean whole) {
        return whole ? Long.toString((long) value) : Double.toString(value);
    }
}
