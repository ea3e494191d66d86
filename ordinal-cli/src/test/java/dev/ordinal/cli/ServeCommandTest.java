package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void servesOnTheChosenPortWithAnAdminTokenInTheDataDirectory() throws Exception {
        ServeCommand serve = new ServeCommand();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setErr(new PrintWriter(err, true));
        Path data = temp.resolve("data");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                line.execute("--port", "0", "--data", data.toString()));
        Pattern serving = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)");
        Matcher matcher = serving.matcher("");
        for (int i = 0; i < 200 && !matcher.find(); i++) {
            Thread.sleep(50);
            matcher = serving.matcher(err.toString());
        }
        assertThat(matcher.find(0)).as(err.toString()).isTrue();
        int port = Integer.parseInt(matcher.group(1));
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Files.exists(data.resolve("admin-token"))).isTrue();
        assertThat(Files.exists(data.resolve("ordinal.db"))).isTrue();
        assertThat(err.toString()).contains("admin token written to");
        serve.stop();
        assertThat(exit.get()).isZero();
    }

    @Test
    void refusesANonPostgresDatabaseUrl() {
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"serve", "--port", "0", "--data", temp.toString(), "--db", "jdbc:mysql://x"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("jdbc:postgresql:");
    }

    @Test
    void refusesAnUnknownStrategyOrBattleSize() {
        for (String[] bad : new String[][] {{"--strategy", "best"}, {"--demo", "--demo-k", "9"}}) {
            StringWriter err = new StringWriter();
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve", "--port", "0", "--data",
                    temp.toString()), java.util.Arrays.stream(bad)).toArray(String[]::new);
            int status = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertThat(status).as(err.toString()).isEqualTo(CommandLine.ExitCode.USAGE);
            assertThat(err.toString()).containsAnyOf("unknown matchmaking strategy 'best'; expected one of uniform",
                    "--demo-k must be 2 to 8, got 9");
        }
    }

    @Test
    void demoLoadsTheLlmfaoArenaOnceAndPrintsItsUrl() throws Exception {
        Path data = temp.resolve("demo");
        for (String expected : new String[] {"59 models, 19 prompts, 1019 answers, 2 per battle",
            "4 per battle (already stored)"}) {
            boolean second = expected.contains("already");
            ServeCommand serve = new ServeCommand();
            StringWriter err = new StringWriter();
            CommandLine line = new CommandLine(serve);
            line.setErr(new PrintWriter(err, true));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                    second ? line.execute("--demo", "--port", "0", "--data", data.toString(), "--demo-k", "4",
                            "--strategy", "uniform") : line.execute("--demo", "--port", "0", "--data", data.toString()));
            Pattern open = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/arenas/llmfao)");
            Matcher matcher = open.matcher("");
            for (int i = 0; i < 400 && !matcher.find(); i++) {
                Thread.sleep(50);
                matcher = open.matcher(err.toString());
            }
            assertThat(matcher.find(0)).as(err.toString()).isTrue();
            assertThat(err.toString()).contains(expected);
            HttpResponse<String> arenas = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(matcher.group(1).replace("/arenas/llmfao", "/api/v1/arenas"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(arenas.body()).startsWith("[{\"id\":\"llmfao\"").doesNotContain("},{")
                    .contains(second ? "\"strategy\":\"uniform\",\"k\":4" : "\"strategy\":\"ksort\",\"k\":2");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(matcher.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-battle=").contains(second ? "data-sides=\"4\"" : "data-sides=\"2\"");
            serve.stop();
            assertThat(exit.get()).isZero();
        }
    }
}
