package dev.ordinal.io.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a report says, whatever it is written as: a title, notes under it, and sections of
 * paragraphs, tables and charts in the order they were added. {@link HtmlReport} writes it as a
 * self-contained HTML page; {@link dev.ordinal.io.ReportWriter} as text or JSON (without the charts).
 *
 * <pre>{@code
 * Report report = new Report("Audit");
 * report.note("3 sources, 13,209 labels");
 * report.section("Summary").table(new Table(header, rows));
 * report.section("Leaderboards").chart("crowd", DotIntervalPlot.of(board));
 * HtmlReport.write(report, Path.of("audit.html"));
 * }</pre>
 */
public final class Report {
    private final String title;
    private final List<String> notes = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    public Report(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public String title() {
        return title;
    }

    /** A line under the title, e.g. what was read and how. */
    public Report note(String text) {
        notes.add(Objects.requireNonNull(text, "text"));
        return this;
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Adds a section at the end and returns it, to add its content. */
    public Section section(String heading) {
        Section section = new Section(Objects.requireNonNull(heading, "heading"));
        sections.add(section);
        return section;
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** A part of a section. */
    public sealed interface Block permits Paragraph, Table, Figure {
    }

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A chart under a caption. */
    public record Figure(String caption, Chart chart) implements Block {
        public Figure {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(chart, "chart");
        }
    }

    /** A section of the report: a heading, then blocks in the order added. */
    public static final class Section {
        private final String heading;
        private final List<Block> blocks = new ArrayList<>();

        private Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }

        public List<Block> blocks() {
            return Collections.unmodifiableList(blocks);
        }

        public Section paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Section table(Table table) {
            blocks.add(Objects.requireNonNull(table, "table"));
            return this;
        }

        /** A chart under a caption; in HTML, consecutive charts stand side by side when the page is wide enough. */
        public Section chart(String caption, Chart chart) {
            blocks.add(new Figure(caption, chart));
            return this;
        }
    }
}
