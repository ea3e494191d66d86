package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.audit.run.AuditSettings;
import dev.ordinal.audit.run.LogAudit;
import dev.ordinal.io.audit.AuditReport;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An arena's log exported by the real server and audited by {@code ordinal audit} gives the same
 * report, figure for figure, as {@link LogAudit#run} on the same judgments — the call behind the
 * server's audit endpoint.
 */
class AuditArenaLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ITEMS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");
    private static final List<String> JUDGES = List.of("ann", "bob", "cat", "dan", "");
    private static final List<String> CATEGORIES = List.of("code", "math", "");

    @TempDir
    Path temp;

    @Test
    void theExportedLogAuditedByTheCommandEqualsTheOneCallAuditAndTheEndpoint() throws Exception {
        List<PairwiseJudgment> judgments = judgments(400, 7);
        ServeCommand serve = new ServeCommand();
        StringWriter serverErr = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setErr(new PrintWriter(serverErr, true));
        Path data = temp.resolve("data");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                line.execute("--port", "0", "--data", data.toString()));
        String export;
        String served;
        try {
            String base = "http://127.0.0.1:" + port(serverErr);
            String admin = Files.readString(data.resolve("admin-token")).strip();
            assertThat(send(base + "/api/v1/arenas", admin, "POST", "{\"id\":\"chat\"}").statusCode()).isEqualTo(201);
            for (String item : ITEMS) {
                assertThat(send(base + "/api/v1/arenas/chat/items/" + item, admin, "PUT",
                        "{\"name\":\"" + item + "\"}").statusCode()).isLessThan(300);
            }
            String judge = JSON.readTree(send(base + "/api/v1/tokens", admin, "POST", "{\"role\":\"judge\"}").body())
                    .get("token").asText();
            HttpResponse<String> stored = send(base + "/api/v1/arenas/chat/judgments", judge, "POST", jsonLines(judgments));
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            assertThat(JSON.readTree(stored.body()).get("stored").asInt()).isEqualTo(judgments.size());
            HttpResponse<String> exported = send(base + "/api/v1/arenas/chat/judgments?format=csv", judge, "GET", null);
            assertThat(exported.statusCode()).isEqualTo(200);
            export = exported.body();
            HttpResponse<String> endpoint = send(base + "/api/v1/arenas/chat/audit?bootstrap=20&seed=3&threads=1",
                    admin, "GET", null);
            assertThat(endpoint.statusCode()).as(endpoint.body()).isEqualTo(200);
            served = endpoint.body();
            assertThat(send(base + "/api/v1/arenas/chat/audit", judge, "GET", null).statusCode())
                    .as("a judge may not audit").isEqualTo(403);
        } finally {
            serve.stop();
        }
        assertThat(exit.get()).isZero();
        Path log = temp.resolve("log.csv");
        Files.writeString(log, export, StandardCharsets.UTF_8);

        RankCommandTest.Run audited = RankCommandTest.run("audit", "--source", "chat=" + log, "--bootstrap", "20",
                "--seed", "3", "--threads", "1", "--format", "json", "-q");
        assertThat(audited.status()).as(audited.err()).isZero();

        StringWriter oneCall = new StringWriter();
        AuditReport.writeJson(LogAudit.run("chat", judgments, AuditSettings.defaults().withBootstrap(20, 3)
                .withThreads(1)), oneCall);
        assertThat(audited.out()).isEqualTo(oneCall.toString());
        // the server's audit endpoint answers the same report, figure for figure
        assertThat(served).isEqualTo(audited.out());

        JsonNode sources = JSON.readTree(audited.out()).get("sections").get(0).get("tables").get(0).get(0);
        assertThat(sources.get("labels").asInt()).isEqualTo(judgments.size());
        // four named voters, and the arena itself for the judgments without one
        assertThat(sources.get("judges").asInt()).isEqualTo(5);
        assertThat(JSON.readTree(audited.out()).get("sections").findValuesAsText("heading")).contains("Voters");
        assertThat(audited.out()).contains("chat: 5 voters").doesNotContain("No voter audit");
    }

    /** Judgments with voters, categories and every outcome, some without a voter or a category. */
    private static List<PairwiseJudgment> judgments(int count, long seed) {
        Random random = new Random(seed);
        double[] strength = {1.5, 1.0, 0.6, 0.2, -0.3, -0.8};
        List<PairwiseJudgment> judgments = new ArrayList<>();
        while (judgments.size() < count) {
            int a = random.nextInt(ITEMS.size());
            int b = random.nextInt(ITEMS.size());
            if (a == b) {
                continue;
            }
            double u = random.nextDouble();
            double win = 1 / (1 + Math.exp(strength[b] - strength[a]));
            Outcome outcome = u < 0.08 ? Outcome.TIE : u < 0.12 ? Outcome.BOTH_BAD
                    : random.nextDouble() < win ? Outcome.A : Outcome.B;
            String judge = JUDGES.get(random.nextInt(JUDGES.size()));
            String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            judgments.add(new PairwiseJudgment(ITEMS.get(a), ITEMS.get(b), outcome,
                    judge.isEmpty() ? Optional.empty() : Optional.of(judge), Optional.empty(),
                    category.isEmpty() ? Optional.empty() : Optional.of(category), 1.0));
        }
        return judgments;
    }

    private static String jsonLines(List<PairwiseJudgment> judgments) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < judgments.size(); i++) {
            PairwiseJudgment judgment = judgments.get(i);
            var line = JSON.createObjectNode().put("id", "j" + i).put("a", judgment.a()).put("b", judgment.b())
                    .put("outcome", judgment.outcome().name().toLowerCase(java.util.Locale.ROOT));
            judgment.judge().ifPresent(judge -> line.put("judge", judge));
            judgment.category().ifPresent(category -> line.put("category", category));
            lines.append(line).append('\n');
        }
        return lines.toString();
    }

    private static int port(StringWriter err) throws InterruptedException {
        Pattern serving = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)");
        for (int i = 0; i < 400; i++) {
            Matcher matcher = serving.matcher(err.toString());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start: " + err);
    }

    private static HttpResponse<String> send(String url, String token, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
