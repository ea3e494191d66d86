package dev.ordinal.server;

import dev.ordinal.io.report.XmlText;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.store.Arena;
import dev.ordinal.store.Battle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The server-rendered pages: the arena list, the voting page and the leaderboard page. Every
 * piece of data (arena and model names, prompts, answers) goes through {@link #escape}, so an
 * answer holding {@code <script>} is shown as text; the one script is a static file
 * ({@code /assets/arena.js}) and the Content-Security-Policy forbids inline scripts anyway.
 */
final class Pages {
    /** Sent with every page: no inline script or style, nothing from other sites, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** A battle to show: its id, prompt and the answers of sides A, B, ... */
    record Shown(long battle, String prompt, List<String> answers) {
        Shown {
            answers = List.copyOf(answers);
        }
    }

    private Pages() {
    }

    /** HTML-escapes text for element content and quoted attribute values (the report's escaping). */
    static String escape(String text) {
        return XmlText.escape(text);
    }

    private static String path(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String page(String title, Optional<String> csrf, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + csrf.map(token -> "<meta name=\"csrf-token\" content=\"" + escape(token) + "\">").orElse("")
                + "<title>" + escape(title) + " · Ordinal</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/ordinal.css\">"
                + "<script src=\"/assets/arena.js\" defer></script></head>\n<body>"
                + "<header><a href=\"/\" class=\"brand\">Ordinal</a></header>\n<main>" + body + "</main></body></html>\n";
    }

    static String arenaList(List<Arena> arenas) {
        StringBuilder body = new StringBuilder("<h1>Arenas</h1>");
        if (arenas.isEmpty()) {
            body.append("<p>No arena yet. An admin creates one with <code>POST /api/v1/arenas</code>, "
                    + "or start <code>ordinal serve --demo</code>.</p>");
        } else {
            body.append("<ul class=\"arenas\">");
            for (Arena arena : arenas) {
                String href = "/arenas/" + path(arena.id());
                body.append("<li><a class=\"arena\" href=\"").append(escape(href)).append("\">")
                        .append(escape(arena.name())).append("</a> <a class=\"small\" href=\"")
                        .append(escape(href + "/leaderboard")).append("\">leaderboard</a></li>");
            }
            body.append("</ul>");
        }
        return page("Arenas", Optional.empty(), body.toString());
    }

    static String votePage(String arenaId, String arenaName, Optional<Shown> battle, String csrf) {
        String base = "/arenas/" + path(arenaId);
        StringBuilder body = new StringBuilder();
        body.append("<nav><a href=\"").append(escape(base + "/leaderboard")).append("\">Leaderboard</a></nav>");
        body.append("<h1>").append(escape(arenaName)).append("</h1>");
        if (battle.isEmpty()) {
            body.append("<p id=\"empty\">This arena has no prompt with answers from two models yet.</p>");
            return page(arenaName, Optional.of(csrf), body.toString());
        }
        Shown shown = battle.get();
        int sides = shown.answers().size();
        body.append("<div id=\"battle\" data-arena=\"").append(escape(arenaId)).append("\" data-battle=\"")
                .append(shown.battle()).append("\" data-sides=\"").append(sides).append("\">");
        body.append("<section class=\"prompt\"><h2>Prompt</h2><div id=\"prompt\" class=\"text\">")
                .append(escape(shown.prompt())).append("</div></section>");
        if (sides > 2) {
            body.append("<p class=\"meta\">Rank the ").append(sides).append(" answers: 1 is best; give two answers "
                    + "the same rank for a tie.</p>");
        }
        body.append("<div class=\"answers").append(sides > 2 ? " many" : "").append("\">");
        for (int position = 0; position < sides; position++) {
            String side = Battle.side(position);
            String label = side.toUpperCase(Locale.ROOT);
            body.append("<section class=\"answer\"><h2>Answer ").append(label).append(" <span id=\"model-")
                    .append(side).append("\" class=\"model\"></span></h2>");
            if (sides > 2) {
                body.append("<label class=\"rank\">Rank <select id=\"rank-").append(side).append("\" data-side=\"")
                        .append(side).append("\"><option value=\"\">–</option>");
                for (int rank = 1; rank <= sides; rank++) {
                    body.append("<option value=\"").append(rank).append("\">").append(rank).append("</option>");
                }
                body.append("</select></label>");
            }
            body.append("<div id=\"answer-").append(side).append("\" class=\"text\">")
                    .append(escape(shown.answers().get(position))).append("</div></section>");
        }
        body.append("</div>");
        if (sides > 2) {
            body.append("<div id=\"votes\" class=\"votes\"><button type=\"button\" id=\"vote-ranking\" disabled>"
                    + "Submit ranking</button></div>");
        } else {
            body.append("<div id=\"votes\" class=\"votes\">"
                    + "<button type=\"button\" id=\"vote-a\" data-outcome=\"a\">A is better</button>"
                    + "<button type=\"button\" id=\"vote-b\" data-outcome=\"b\">B is better</button>"
                    + "<button type=\"button\" id=\"vote-tie\" data-outcome=\"tie\">Tie</button>"
                    + "<button type=\"button\" id=\"vote-both_bad\" data-outcome=\"both_bad\">Both are bad</button></div>");
        }
        body.append("<p id=\"result\" role=\"status\" hidden></p>");
        body.append("<p><button type=\"button\" id=\"next\" hidden>Next battle</button></p>");
        body.append("<p id=\"error\" role=\"alert\" hidden></p>");
        body.append("</div>");
        return page(arenaName, Optional.of(csrf), body.toString());
    }

    /**
     * The leaderboard: a table and an SVG plot of ratings with their intervals.
     *
     * @param names      item id to display name
     * @param note       a sentence on how it was computed (model, intervals, any prior)
     */
    static String leaderboardPage(String arenaId, String arenaName, Optional<Leaderboard> board, long judgments,
                                  Instant computedAt, UnaryOperator<String> names, String note) {
        String base = "/arenas/" + path(arenaId);
        StringBuilder body = new StringBuilder();
        body.append("<nav><a href=\"").append(escape(base)).append("\">Vote</a></nav>");
        body.append("<h1>").append(escape(arenaName)).append(": leaderboard</h1>");
        body.append("<p class=\"meta\"><span id=\"judgments\">").append(judgments).append("</span> judgments · computed at ")
                .append("<time id=\"computed\" datetime=\"").append(computedAt.truncatedTo(ChronoUnit.SECONDS))
                .append("\">").append(computedAt.truncatedTo(ChronoUnit.SECONDS)).append("</time></p>");
        if (board.isEmpty()) {
            body.append("<p id=\"empty\">No judgments yet: vote to start the leaderboard.</p>");
            return page(arenaName + " leaderboard", Optional.empty(), body.toString());
        }
        Leaderboard leaderboard = board.get();
        body.append("<p class=\"meta\">").append(escape(note)).append("</p>");
        body.append(plot(leaderboard, names));
        body.append("<div class=\"scroll\"><table id=\"leaderboard\"><thead><tr><th>Rank</th><th>Model</th>"
                + "<th class=\"num\">Rating</th><th class=\"num\">Interval</th><th class=\"num\">W / L / T</th>"
                + "</tr></thead><tbody>");
        for (Leaderboard.Entry entry : leaderboard.items()) {
            body.append("<tr><td>").append(entry.rank()).append("</td><td>").append(escape(names.apply(entry.name())))
                    .append("</td><td class=\"num\">").append(number(entry.rating())).append("</td><td class=\"num\">")
                    .append(entry.ci().map(ci -> number(ci.lower()) + " – " + number(ci.upper())).orElse("–"))
                    .append("</td><td class=\"num\">").append(entry.wins()).append(" / ").append(entry.losses())
                    .append(" / ").append(entry.ties()).append("</td></tr>");
        }
        body.append("</tbody></table></div>");
        return page(arenaName + " leaderboard", Optional.empty(), body.toString());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** Ratings as dots, intervals as bars, one row per item in rank order; scales with the page width. */
    private static String plot(Leaderboard board, UnaryOperator<String> names) {
        List<Leaderboard.Entry> items = board.items();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Leaderboard.Entry entry : items) {
            low = Math.min(low, entry.ci().map(Interval::lower).orElse(entry.rating()));
            high = Math.max(high, entry.ci().map(Interval::upper).orElse(entry.rating()));
        }
        if (!(high > low)) {
            low -= 1;
            high += 1;
        }
        int labelWidth = 190;
        int width = 640;
        int row = 18;
        int top = 24;
        int height = top + row * items.size() + 8;
        double plotLeft = labelWidth + 10;
        double plotWidth = width - plotLeft - 24;
        double lo = low;
        double span = high - low;
        java.util.function.DoubleUnaryOperator x = value -> plotLeft + (value - lo) / span * plotWidth;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><svg id=\"plot\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"ratings with their intervals\" "
                        + "xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\" font-family=\"sans-serif\">");
        for (int tick = 0; tick <= 4; tick++) {
            double value = low + span * tick / 4;
            double at = x.applyAsDouble(value);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>",
                    at, at, top - 6, height - 4));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>",
                    at, top - 10, number(value)));
        }
        for (int i = 0; i < items.size(); i++) {
            Leaderboard.Entry entry = items.get(i);
            int y = top + row * i + row / 2;
            String label = names.apply(entry.name());
            if (label.length() > 30) {
                label = label.substring(0, 29) + "…";
            }
            svg.append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" fill=\"#222\">").append(escape(label)).append("</text>");
            if (entry.ci().isPresent()) {
                Interval ci = entry.ci().get();
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#7aa6d6\" stroke-width=\"4\" "
                                + "stroke-linecap=\"round\"/>", x.applyAsDouble(ci.lower()), x.applyAsDouble(ci.upper()), y, y));
            }
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#1f4e8c\"><title>%s</title></circle>",
                    x.applyAsDouble(entry.rating()), y, escape(names.apply(entry.name()) + ": " + number(entry.rating()))));
        }
        svg.append("</svg><figcaption>Rating (dot) and its interval (bar), best first.</figcaption></figure>");
        return svg.toString();
    }
}
