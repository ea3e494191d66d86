package dev.ordinal.io.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A report a person opens in a browser: one self-contained HTML document (inline CSS, inline SVG
 * charts; no script, no external resource, so it works offline and can be mailed), built from a
 * title, notes under it, and sections of paragraphs, tables and charts in the order they are added.
 * All text is escaped, so a label such as {@code <script>} is shown, never run. The document is
 * well-formed XML apart from its HTML doctype, and the same report always gives the same bytes.
 *
 * <pre>{@code
 * HtmlReport report = new HtmlReport("Audit");
 * report.note("3 sources, 13,209 labels");
 * report.section("Summary").table(new Table(header, rows));
 * report.section("Leaderboards").chart("crowd", DotIntervalPlot.of(board));
 * report.write(Path.of("audit.html"));
 * }</pre>
 */
public final class HtmlReport {
    private static final Pattern NUMERIC = Pattern.compile(
            "[-+\u2212]?(\\d[\\d,]*(\\.\\d+)?|\\.\\d+|\u2013)(%|\\s*\\[.*\\])?|\\[.*\\]");
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 2em auto;
                   max-width: 1200px; padding: 0 1.5em; line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
            p.note { color: #555; margin: 0.2em 0; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
            th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr:nth-child(even) td { background: #fafafa; }
            figure { display: inline-block; vertical-align: top; margin: 0.6em 1.5em 0.6em 0; }
            figcaption { font-weight: 600; margin-bottom: 0.3em; }
            svg { display: block; }
            """;

    private final String title;
    private final List<String> notes = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    public HtmlReport(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A line under the title, e.g. what was read and how. */
    public HtmlReport note(String text) {
        notes.add(Objects.requireNonNull(text, "text"));
        return this;
    }

    /** Adds a section at the end and returns it, to add its content. */
    public Section section(String heading) {
        Section section = new Section(Objects.requireNonNull(heading, "heading"));
        sections.add(section);
        return section;
    }

    /** A section of the report: a heading, then paragraphs, tables and charts in the order added. */
    public static final class Section {
        private final String heading;
        private final StringBuilder body = new StringBuilder();

        private Section(String heading) {
            this.heading = heading;
        }

        public Section paragraph(String text) {
            body.append("<p>").append(XmlText.escape(text)).append("</p>\n");
            return this;
        }

        public Section table(Table table) {
            body.append("<table>\n<thead><tr>");
            for (String name : table.header()) {
                body.append("<th>").append(XmlText.escape(name)).append("</th>");
            }
            body.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : table.rows()) {
                body.append("<tr>");
                for (String cell : row) {
                    body.append(NUMERIC.matcher(cell.strip()).matches() ? "<td class=\"num\">" : "<td>")
                            .append(XmlText.escape(cell)).append("</td>");
                }
                body.append("</tr>\n");
            }
            body.append("</tbody>\n</table>\n");
            return this;
        }

        /** A chart under a caption; consecutive charts stand side by side when the page is wide enough. */
        public Section chart(String caption, Chart chart) {
            body.append("<figure>\n<figcaption>").append(XmlText.escape(caption)).append("</figcaption>\n")
                    .append(chart.draw().markup(caption)).append("\n</figure>\n");
            return this;
        }
    }

    /** The whole document. */
    public String html() {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(XmlText.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(XmlText.escape(title)).append("</h1>\n");
        for (String note : notes) {
            html.append("<p class=\"note\">").append(XmlText.escape(note)).append("</p>\n");
        }
        for (Section section : sections) {
            html.append("<section>\n<h2>").append(XmlText.escape(section.heading)).append("</h2>\n")
                    .append(section.body).append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    public void write(Writer out) throws IOException {
        out.write(html());
    }

    /** Writes the document as UTF-8. */
    public void write(Path file) throws IOException {
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }
}
