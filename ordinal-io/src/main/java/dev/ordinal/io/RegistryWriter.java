package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.app.Entry;
import dev.ordinal.app.Parameter;
import dev.ordinal.app.Range;
import dev.ordinal.app.Registry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The registry as people and programs read it: {@code ordinal list} prints it as text or JSON,
 * and the server serves the same JSON, so every listing of names comes from one place.
 */
public final class RegistryWriter {
    private RegistryWriter() {
    }

    /**
     * Each kind, then its entries: name and aliases, summary, citation, parameters (type, default,
     * what they accept, help) and traits.
     */
    public static void writeText(List<Registry<?>> kinds, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Registry<?> kind : kinds) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(kind.kind()).append(": ").append(kind.description()).append('\n');
            for (Entry<?> entry : kind.entries()) {
                text.append("  ").append(entry.name());
                if (!entry.aliases().isEmpty()) {
                    text.append(" (also ").append(String.join(", ", entry.aliases())).append(')');
                }
                text.append(" - ").append(entry.summary()).append('\n');
                if (!entry.citation().isEmpty()) {
                    text.append("      source: ").append(entry.citation()).append('\n');
                }
                if (!entry.traits().isEmpty()) {
                    text.append("      traits: ").append(String.join(", ", new TreeSet<>(entry.traits()))).append('\n');
                }
                for (Parameter parameter : entry.parameters()) {
                    text.append("      ").append(parameter.name()).append(": ").append(parameter.help()).append(" (")
                            .append(parameter.expected())
                            .append(parameter.defaultValue().map(value -> "; default " + value).orElse(""))
                            .append(")\n");
                }
            }
        }
        out.write(text.toString());
        out.flush();
    }

    /** {@code {"kinds": [{"kind", "description", "entries": [...]}]}}, as {@link #writeText} lists them. */
    public static void writeJson(List<Registry<?>> kinds, Writer out) throws IOException {
        JsonOutput.write(document(kinds), out);
    }

    /** The JSON document of {@link #writeJson}, for a server to send. */
    public static ObjectNode document(List<Registry<?>> kinds) {
        ObjectNode document = JsonOutput.object();
        ArrayNode kindNodes = document.putArray("kinds");
        for (Registry<?> kind : kinds) {
            ObjectNode kindNode = kindNodes.addObject();
            kindNode.put("kind", kind.kind());
            kindNode.put("description", kind.description());
            ArrayNode entries = kindNode.putArray("entries");
            for (Entry<?> entry : kind.entries()) {
                ObjectNode entryNode = entries.addObject();
                entryNode.put("name", entry.name());
                ArrayNode aliases = entryNode.putArray("aliases");
                entry.aliases().forEach(aliases::add);
                entryNode.put("summary", entry.summary());
                entryNode.put("citation", entry.citation());
                ArrayNode traits = entryNode.putArray("traits");
                new TreeSet<>(entry.traits()).forEach(traits::add);
                ArrayNode parameters = entryNode.putArray("parameters");
                entry.parameters().forEach(parameter -> parameter(parameters.addObject(), parameter));
            }
        }
        return document;
    }

    private static void parameter(ObjectNode node, Parameter parameter) {
        node.put("name", parameter.name());
        node.put("type", parameter.type().name().toLowerCase(Locale.ROOT));
        parameter.defaultValue().ifPresentOrElse(value -> node.put("default", value), () -> node.putNull("default"));
        Range range = parameter.range();
        if (!range.equals(Range.any())) {
            ObjectNode rangeNode = node.putObject("range");
            end(rangeNode, "low", range.low());
            rangeNode.put("lowIncluded", range.lowIncluded());
            end(rangeNode, "high", range.high());
            rangeNode.put("highIncluded", range.highIncluded());
            rangeNode.put("text", range.toString());
        }
        if (!parameter.choices().isEmpty()) {
            ArrayNode choices = node.putArray("choices");
            parameter.choices().forEach(choices::add);
        }
        node.put("expected", parameter.expected());
        node.put("help", parameter.help());
    }

    /** JSON has no infinity: an open end is null. */
    private static void end(ObjectNode node, String field, double value) {
        if (Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
