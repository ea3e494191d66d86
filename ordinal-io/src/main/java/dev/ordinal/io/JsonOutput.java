package dev.ordinal.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** The JSON documents the writers produce: indented, one per output, ending with a line break. */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonOutput() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Writes {@code document} and a line break, and flushes; {@code out} stays open. */
    static void write(ObjectNode document, Writer out) throws IOException {
        JSON.writeValue(out, document);
        out.write(System.lineSeparator());
        out.flush();
    }
}
