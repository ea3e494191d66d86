package dev.ordinal.io.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link Report} as a page a person opens in a browser: one self-contained HTML document (inline
 * CSS, inline SVG charts; no script, no external resource, so it works offline and can be mailed).
 * All text is escaped, so a label such as {@code <script>} is shown, never run. The document is
 * well-formed XML apart from its HTML doctype, and the same report always gives the same bytes.
 */
public final class HtmlReport {
    /** A cell that reads as a number, a percentage, a dash for none, or an interval: right-aligned. */
    private static final Pattern NUMERIC = Pattern.compile(
            "[-+\u2212]?(\\d[\\d,]*(\\.\\d+)?|\\.\\d+|\u2013|-)(%|\\s*\\[.*\\])?|\\[.*\\]");
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 2em auto;
                   max-width: 1800px; padding: 0 1.5em; line-height: 1.4; }
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

    private HtmlReport() {
    }

    /** The whole document. */
    public static String html(Report report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(XmlText.escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(XmlText.escape(report.title())).append("</h1>\n");
        for (String note : report.notes()) {
            html.append("<p class=\"note\">").append(XmlText.escape(note)).append("</p>\n");
        }
        for (Report.Section section : report.sections()) {
            html.append("<section>\n<h2>").append(XmlText.escape(section.heading())).append("</h2>\n");
            for (Report.Block block : section.blocks()) {
                if (block instanceof Report.Paragraph paragraph) {
                    html.append("<p>").append(XmlText.escape(paragraph.text())).append("</p>\n");
                } else if (block instanceof Table table) {
                    table(html, table);
                } else if (block instanceof Report.Figure figure) {
                    html.append("<figure>\n<figcaption>").append(XmlText.escape(figure.caption()))
                            .append("</figcaption>\n").append(figure.chart().draw().markup(figure.caption()))
                            .append("\n</figure>\n");
                }
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Writes the document as UTF-8. */
    public static void write(Report report, Path file) throws IOException {
        Files.writeString(file, html(report), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<thead><tr>");
        for (String name : table.header()) {
            html.append("<th>").append(XmlText.escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append(NUMERIC.matcher(cell.strip()).matches() ? "<td class=\"num\">" : "<td>")
                        .append(XmlText.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
