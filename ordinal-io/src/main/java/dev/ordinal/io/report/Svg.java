package dev.ordinal.io.report;

/**
 * A small writer of SVG 1.1 drawings for the report's charts: shapes and text in a user space of
 * {@code width} × {@code height} pixels, y growing downwards. Every attribute value is escaped and
 * every number written with one decimal, so the same calls give the same bytes. Each element takes a
 * CSS class naming what it is ({@code bar}, {@code whisker}...), which the report's style sheet and
 * tests can select; colours are attributes, so a drawing looks the same outside the report.
 */
public final class Svg {
    /** Where a text's x lies: its start, middle or end. */
    public enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        private final String value;

        Anchor(String value) {
            this.value = value;
        }
    }

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();

    /**
     * @throws IllegalArgumentException when a side is not positive and finite
     */
    public Svg(double width, double height) {
        if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("an SVG drawing needs a positive, finite size, got " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String cssClass) {
        body.append("<line class=\"").append(XmlText.escape(cssClass)).append('"')
                .append(attribute("x1", x1)).append(attribute("y1", y1))
                .append(attribute("x2", x2)).append(attribute("y2", y2))
                .append(" stroke=\"").append(XmlText.escape(stroke)).append('"')
                .append(attribute("stroke-width", strokeWidth)).append("/>\n");
        return this;
    }

    /** A rectangle; a negative width or height is drawn from the other corner. */
    public Svg rect(double x, double y, double rectWidth, double rectHeight, String fill, String cssClass) {
        body.append("<rect class=\"").append(XmlText.escape(cssClass)).append('"')
                .append(attribute("x", Math.min(x, x + rectWidth))).append(attribute("y", Math.min(y, y + rectHeight)))
                .append(attribute("width", Math.abs(rectWidth))).append(attribute("height", Math.abs(rectHeight)))
                .append(" fill=\"").append(XmlText.escape(fill)).append("\"/>\n");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String fill, String cssClass) {
        body.append("<circle class=\"").append(XmlText.escape(cssClass)).append('"')
                .append(attribute("cx", cx)).append(attribute("cy", cy)).append(attribute("r", r))
                .append(" fill=\"").append(XmlText.escape(fill)).append("\"/>\n");
        return this;
    }

    /** Text centred vertically on {@code y}. */
    public Svg text(double x, double y, String content, Anchor anchor, double size, String fill, String cssClass) {
        return text(x, y, content, anchor, size, fill, cssClass, 0);
    }

    /** Text centred vertically on {@code y}, turned by {@code degrees} (clockwise) about (x, y). */
    public Svg text(double x, double y, String content, Anchor anchor, double size, String fill, String cssClass,
                    double degrees) {
        body.append("<text class=\"").append(XmlText.escape(cssClass)).append('"')
                .append(attribute("x", x)).append(attribute("y", y)).append(" dy=\"0.35em\"")
                .append(" text-anchor=\"").append(anchor.value).append('"')
                .append(attribute("font-size", size))
                .append(" fill=\"").append(XmlText.escape(fill)).append('"');
        if (degrees != 0) {
            body.append(" transform=\"rotate(").append(XmlText.coordinate(degrees)).append(' ')
                    .append(XmlText.coordinate(x)).append(' ').append(XmlText.coordinate(y)).append(")\"");
        }
        body.append('>').append(XmlText.escape(content)).append("</text>\n");
        return this;
    }

    /** The drawing as an {@code <svg>} element, with a title for screen readers. */
    public String markup(String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"" + attribute("width", width)
                + attribute("height", height) + " viewBox=\"0 0 " + XmlText.coordinate(width) + ' '
                + XmlText.coordinate(height) + "\" font-family=\"sans-serif\">\n<title>" + XmlText.escape(title)
                + "</title>\n" + body + "</svg>";
    }

    private static String attribute(String name, double value) {
        return " " + name + "=\"" + XmlText.coordinate(value) + '"';
    }
}
