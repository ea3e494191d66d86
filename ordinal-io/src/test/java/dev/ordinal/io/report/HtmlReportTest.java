package dev.ordinal.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report's HTML and its SVG charts, parsed back with a strict XML parser. */
class HtmlReportTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    /** Parses markup as namespace-aware XML: throws on anything not well-formed. */
    static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document document, String name, String cssClass) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Report hostileReport() {
        Report report = new Report("Audit <script>alert(1)</script>");
        report.note("note & \"quotes\" 'single' \u0001 control");
        report.section("</section><script>x()</script>")
                .paragraph("<b>not bold</b>")
                .table(new Table(List.of("item", "rate"), List.of(List.of("<script>evil()</script>", "0.50"),
                        List.of("ok", "12.5%"))))
                .chart("<i>caption</i>", new BarChart(List.of(Estimate.of("<script>bar</script>", 0.6, 0.5, 0.7)), 0.5,
                        "rate", 2));
        return report;
    }

    @Test
    void textIsEscapedSoAScriptLabelStaysInert() throws Exception {
        String html = HtmlReport.html(hostileReport());
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;script&gt;evil()&lt;/script&gt;").contains("&lt;script&gt;bar&lt;/script&gt;")
                .contains("\uFFFD control");
        Document document = parse(html);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("td").item(0).getTextContent()).isEqualTo("<script>evil()</script>");
        assertThat(document.getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("Audit <script>alert(1)</script>");
        assertThat(elements(document, "text", "label").get(0).getTextContent()).isEqualTo("<script>bar</script>");
    }

    @Test
    void theDocumentIsSelfContainedWellFormedAndDeterministic() throws Exception {
        String html = HtmlReport.html(hostileReport());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<link")
                .doesNotContain(" src=").doesNotContain("url(");
        // The only URIs are the XHTML and SVG namespace names, which a browser does not fetch.
        assertThat(html.replace("http://www.w3.org/1999/xhtml", "").replace(SVG, "")).doesNotContain("http");
        assertThat(HtmlReport.html(hostileReport())).isEqualTo(html);
        Document document = parse(html);
        assertThat(document.getElementsByTagName("section").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(1);
        NodeList cells = document.getElementsByTagName("td");
        assertThat(((Element) cells.item(0)).getAttribute("class")).isEmpty();
        assertThat(((Element) cells.item(1)).getAttribute("class")).isEqualTo("num");
        assertThat(((Element) cells.item(3)).getAttribute("class")).isEqualTo("num");
    }

    /** Bars start at the reference and their lengths are proportional to value − reference. */
    @Test
    void barLengthsAreProportionalToTheirValues() throws Exception {
        BarChart chart = new BarChart(List.of(Estimate.of("a", 1), Estimate.of("b", 2), Estimate.of("c", 4, 3, 5)), 0,
                "value", 1);
        Document svg = parse(chart.draw().markup("bars"));
        List<Element> bars = elements(svg, "rect", "bar");
        assertThat(bars).hasSize(3);
        double unit = number(bars.get(0), "width");
        assertThat(unit).isPositive();
        assertThat(number(bars.get(1), "width")).isCloseTo(2 * unit, within(0.15));
        assertThat(number(bars.get(2), "width")).isCloseTo(4 * unit, within(0.15));
        assertThat(bars).allSatisfy(bar -> assertThat(number(bar, "x")).isEqualTo(number(bars.get(0), "x")));
        // rows top to bottom in the given order
        assertThat(number(bars.get(0), "y")).isLessThan(number(bars.get(1), "y"));
        // the whisker of c runs from 3 to 5 units right of the reference
        List<Element> whiskers = elements(svg, "line", "whisker");
        assertThat(whiskers).hasSize(1);
        double zero = number(bars.get(0), "x");
        assertThat(number(whiskers.get(0), "x1") - zero).isCloseTo(3 * unit, within(0.2));
        assertThat(number(whiskers.get(0), "x2") - zero).isCloseTo(5 * unit, within(0.2));
        assertThat(elements(svg, "text", "value")).extracting(Element::getTextContent).containsExactly("1.0", "2.0", "4.0");
    }

    /** A bar below the reference grows leftwards from it: a rate of 0.4 against 0.5 ends left of the line. */
    @Test
    void barsBelowTheReferenceGrowLeftwards() throws Exception {
        Document svg = parse(new BarChart(List.of(Estimate.of("low", 0.4), Estimate.of("high", 0.7)), 0.5, "rate", 2)
                .draw().markup("bars"));
        Element line = elements(svg, "line", "reference").get(0);
        List<Element> bars = elements(svg, "rect", "bar");
        double reference = number(line, "x1");
        assertThat(number(bars.get(0), "x") + number(bars.get(0), "width")).isCloseTo(reference, within(0.1));
        assertThat(number(bars.get(1), "x")).isCloseTo(reference, within(0.1));
        assertThat(number(bars.get(1), "width")).isCloseTo(2 * number(bars.get(0), "width"), within(0.15));
    }

    @Test
    void dotsSitAtTheirValuesInsideTheirWhiskers() throws Exception {
        Document svg = parse(new DotIntervalPlot(List.of(Estimate.of("x", 10, 8, 12), Estimate.of("y", 0, -1, 1)), "r", 0)
                .draw().markup("dots"));
        List<Element> dots = elements(svg, "circle", "dot");
        List<Element> whiskers = elements(svg, "line", "whisker");
        assertThat(dots).hasSize(2);
        double perUnit = (number(dots.get(0), "cx") - number(dots.get(1), "cx")) / 10;
        assertThat(perUnit).isPositive();
        assertThat(number(whiskers.get(0), "x2") - number(whiskers.get(0), "x1")).isCloseTo(4 * perUnit, within(0.2));
        assertThat(number(dots.get(0), "cx")).isCloseTo((number(whiskers.get(0), "x1") + number(whiskers.get(0), "x2")) / 2,
                within(0.1));
    }

    @Test
    void heatmapCellsCarryTheirValuesAndShades() throws Exception {
        Heatmap heatmap = new Heatmap(List.of("a", "b"), List.of("a", "b"),
                new double[][] {{1, 0.5}, {Double.NaN, 0}}, 0, 1, 2);
        Document svg = parse(heatmap.draw().markup("matrix"));
        assertThat(elements(svg, "text", "cell-value")).extracting(Element::getTextContent)
                .containsExactly("1.00", "0.50", "\u2013", "0.00");
        assertThat(elements(svg, "rect", "cell")).extracting(cell -> cell.getAttribute("fill"))
                .containsExactly("#084594", Heatmap.colour(0.5), "#eeeeee", "#ffffff");
        assertThatThrownBy(() -> new Heatmap(List.of("a"), List.of("a", "b"), new double[][] {{1}}, 0, 1, 2))
                .hasMessage("a heatmap with 2 column labels needs as many values in every row, got 1");
    }

    /** Lines join each item's two positions; an item on one side only has none. */
    @Test
    void slopeChartJoinsEachItemsPositions() throws Exception {
        SlopeChart chart = new SlopeChart("crowd", List.of("x", "y", "z", "only-left"), "judge", List.of("y", "x", "z"));
        Document svg = parse(chart.draw().markup("slope"));
        assertThat(elements(svg, "line", "down")).hasSize(1);
        assertThat(elements(svg, "line", "up")).hasSize(1);
        List<Element> level = elements(svg, "line", "level");
        assertThat(level).hasSize(1);
        assertThat(number(level.get(0), "y1")).isEqualTo(number(level.get(0), "y2"));
        Element down = elements(svg, "line", "down").get(0);
        assertThat(number(down.getOwnerDocument().getDocumentElement(), "width")).isPositive();
        assertThat(number(down, "y2") - number(down, "y1")).isPositive();
        assertThat(elements(svg, "text", "left-label")).extracting(Element::getTextContent)
                .containsExactly("1. x", "2. y", "3. z", "4. only-left");
        assertThat(elements(svg, "text", "left-label").get(3).getAttribute("fill")).isEqualTo("#999999");
        assertThatThrownBy(() -> new SlopeChart("a", List.of("x", "x"), "b", List.of()))
                .hasMessage("leaderboard 'a' lists 'x' twice");
    }
}
