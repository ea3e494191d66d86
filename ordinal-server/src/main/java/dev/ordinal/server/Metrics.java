package dev.ordinal.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters in the Prometheus text exposition format (version 0.0.4), written by hand. */
final class Metrics {
    private final ConcurrentHashMap<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder judgmentsStored = new LongAdder();
    private final LongAdder votes = new LongAdder();
    private final LongAdder battles = new LongAdder();

    void request(String method, String route, int status) {
        String key = "method=\"" + escape(method) + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
        requests.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    void judgmentsStored(long count) {
        judgmentsStored.add(count);
    }

    void vote() {
        votes.increment();
    }

    void battle() {
        battles.increment();
    }

    String exposition(Map<String, Long> judgmentsByArena) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP ordinal_http_requests_total HTTP requests by method, route and status.\n");
        out.append("# TYPE ordinal_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, count) ->
                out.append("ordinal_http_requests_total{").append(labels).append("} ").append(count.sum()).append('\n'));
        out.append("# HELP ordinal_judgments_stored_total Judgments stored by this process (bulk and votes).\n");
        out.append("# TYPE ordinal_judgments_stored_total counter\n");
        out.append("ordinal_judgments_stored_total ").append(judgmentsStored.sum()).append('\n');
        out.append("# HELP ordinal_battles_issued_total Battles issued by this process.\n");
        out.append("# TYPE ordinal_battles_issued_total counter\n");
        out.append("ordinal_battles_issued_total ").append(battles.sum()).append('\n');
        out.append("# HELP ordinal_votes_total Votes taken by this process.\n");
        out.append("# TYPE ordinal_votes_total counter\n");
        out.append("ordinal_votes_total ").append(votes.sum()).append('\n');
        out.append("# HELP ordinal_arena_judgments Judgments in each arena's log.\n");
        out.append("# TYPE ordinal_arena_judgments gauge\n");
        new TreeMap<>(judgmentsByArena).forEach((arena, count) ->
                out.append("ordinal_arena_judgments{arena=\"").append(escape(arena)).append("\"} ").append(count).append('\n'));
        return out.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
