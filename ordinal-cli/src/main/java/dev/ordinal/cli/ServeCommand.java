package dev.ordinal.cli;

import dev.ordinal.app.Registries;
import dev.ordinal.server.OrdinalServer;
import dev.ordinal.server.ServerConfig;
import dev.ordinal.store.Arena;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ordinal serve}: the arena HTTP API on an embedded SQLite store or PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs the arena server: HTTP API for battles, votes, bulk judgments and leaderboards.",
        description = {"Serves the JSON API described at /api/openapi.json (docs/server.md). Judgments are stored "
            + "durably in an embedded SQLite database under --data, or in PostgreSQL with --db.", ""},
        footer = {"", "Examples:",
            "  ordinal serve                                  # http://127.0.0.1:8080, data in ./ordinal-data",
            "  ordinal serve --port 9000 --data /var/lib/ordinal",
            "  ordinal serve --demo                           # the LLMFAO arena at http://127.0.0.1:8080/arenas/llmfao",
            "  ordinal serve --demo --demo-k 4                # the same, ranking 4 answers per battle",
            "  ORDINAL_ADMIN_TOKEN=... ordinal serve --bind 0.0.0.0 --db 'jdbc:postgresql://db:5432/ordinal?user=o&password=p'",
            "",
            "The admin token comes from ORDINAL_ADMIN_TOKEN, or is generated on first start and written to",
            "DATA/admin-token (owner-only)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String bind;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory: SQLite database, admin token, session secret (default ./ordinal-data; "
                    + "with --demo, a fresh temporary directory).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store judgments in PostgreSQL instead, e.g. jdbc:postgresql://host:5432/ordinal?user=..&password=..")
    Optional<String> database;

    @Option(names = "--demo", description = "Create the demo arena 'llmfao' (59 LLMs, 19 prompts, their real answers; "
            + "CC BY 4.0) if it is not stored yet, and print its page's URL.")
    boolean demo;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = Registries.DEFAULT_STRATEGY,
            completionCandidates = StrategyNames.class,
            description = "Matchmaking of arenas that do not choose their own (default ${DEFAULT-VALUE}; one of "
                    + "${COMPLETION-CANDIDATES}; see docs/matchmaking.md and 'ordinal list strategy'). An arena chooses with "
                    + "POST or PATCH /api/v1/arenas {\"strategy\": NAME, \"k\": K}.")
    String strategy;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = "Address of a reverse proxy in front of the server (repeatable or comma-separated): "
                    + "requests from it are rate limited by the client address in its X-Forwarded-For header "
                    + "instead of the proxy's own.")
    java.util.List<String> trustedProxies = java.util.List.of();

    @Option(names = "--demo-k", paramLabel = "K", defaultValue = "2",
            description = "With --demo: answers per battle in the demo arena (default ${DEFAULT-VALUE}: pairwise "
                    + "votes; 3 to 8: the voter ranks K answers, as in K-Sort Arena).")
    int demoK;

    /** The strategy names, for picocli's completion and help. */
    static final class StrategyNames extends java.util.ArrayList<String> {
        StrategyNames() {
            super(Registries.strategies().names());
        }
    }

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile OrdinalServer server;

    @Override
    public Integer call() throws Exception {
        Optional<String> adminToken = Optional.ofNullable(System.getenv("ORDINAL_ADMIN_TOKEN")).filter(t -> !t.isBlank());
        if (data == null) {
            data = demo && database.isEmpty() ? Files.createTempDirectory("ordinal-demo-") : Path.of("ordinal-data");
        }
        if (demoK < 2 || demoK > Arena.MAX_BATTLE_SIZE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demo-k must be 2 to "
                    + Arena.MAX_BATTLE_SIZE + ", got " + demoK);
        }
        ServerConfig options;
        try {
            options = ServerConfig.defaults(data).withDatabaseUrl(database).withAddress(bind, port).withStrategy(strategy)
                    .withTrustedProxies(java.util.Set.copyOf(trustedProxies));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ServerConfig config = options.withAdminToken(adminToken);
        server = OrdinalServer.start(config);
        Thread hook = new Thread(this::stop, "ordinal-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter err = spec.commandLine().getErr();
        err.println("ordinal: serving on http://" + bind + ":" + server.port() + " ("
                + database.map(url -> "PostgreSQL").orElse("SQLite in " + data.toAbsolutePath()) + ")");
        if (server.adminTokenCreated()) {
            err.println("ordinal: admin token written to " + server.adminTokenFile().toAbsolutePath() + " (owner-only)");
        } else if (adminToken.isEmpty()) {
            err.println("ordinal: admin token in " + server.adminTokenFile().toAbsolutePath());
        }
        if (demo) {
            err.println("ordinal: demo " + server.installDemo(demoK));
            String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
            err.println("ordinal: open http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                    + OrdinalServer.demoPath());
        }
        err.flush();
        stopped.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it stops the server
        }
        return 0;
    }

    /** Stops the server and lets {@link #call()} return (on SIGTERM, or from a test). */
    synchronized void stop() {
        if (server != null && stopped.getCount() > 0) {
            server.close();
        }
        stopped.countDown();
    }
}
