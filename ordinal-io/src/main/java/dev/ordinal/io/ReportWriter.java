package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.io.report.HtmlReport;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Report} for a terminal or a program: as text (headings, paragraphs, aligned
 * tables) or as JSON. Charts are left to {@link HtmlReport}: the text and JSON carry the tables
 * the charts are drawn from.
 */
public final class ReportWriter {
    /** A cell JSON writes as a number: a plain decimal, without thousands separators or units. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportWriter() {
    }

    /** Title, notes, then each section's heading, paragraphs and tables (the first column left-aligned). */
    public static void writeText(Report report, Writer out) {
        PrintWriter writer = new PrintWriter(out);
        writer.println(report.title());
        report.notes().forEach(writer::println);
        for (Report.Section section : report.sections()) {
            writer.println();
            writer.println("== " + section.heading());
            for (Report.Block block : section.blocks()) {
                if (block instanceof Report.Paragraph paragraph) {
                    writer.println(paragraph.text());
                } else if (block instanceof Table table) {
                    List<String[]> rows = new ArrayList<>();
                    rows.add(table.header().toArray(String[]::new));
                    table.rows().forEach(row -> rows.add(row.toArray(String[]::new)));
                    TextCells.printAligned(writer, rows, 0);
                }
            }
        }
        writer.flush();
    }

    /**
     * <code>{"title", "notes": [...], "sections": [{"heading", "paragraphs": [...], "tables":
     * [[{column: cell}, ...]]}]}</code>: each table as an array of rows keyed by column name, a cell
     * that is a plain decimal number written as a JSON number, any other cell as a string.
     */
    public static void writeJson(Report report, Writer out) throws IOException {
        ObjectNode document = JsonOutput.object();
        document.put("title", report.title());
        ArrayNode notes = document.putArray("notes");
        report.notes().forEach(notes::add);
        ArrayNode sections = document.putArray("sections");
        for (Report.Section section : report.sections()) {
            ObjectNode node = sections.addObject();
            node.put("heading", section.heading());
            ArrayNode paragraphs = node.putArray("paragraphs");
            ArrayNode tables = node.putArray("tables");
            for (Report.Block block : section.blocks()) {
                if (block instanceof Report.Paragraph paragraph) {
                    paragraphs.add(paragraph.text());
                } else if (block instanceof Table table) {
                    ArrayNode rows = tables.addArray();
                    for (List<String> row : table.rows()) {
                        ObjectNode cells = rows.addObject();
                        for (int column = 0; column < row.size(); column++) {
                            String cell = row.get(column);
                            if (PLAIN_NUMBER.matcher(cell).matches()) {
                                cells.put(table.header().get(column), new BigDecimal(cell));
                            } else {
                                cells.put(table.header().get(column), cell);
                            }
                        }
                    }
                }
            }
        }
        JsonOutput.write(document, out);
    }
}
