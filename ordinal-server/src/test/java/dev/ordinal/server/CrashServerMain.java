package dev.ordinal.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server as the crash test runs it in a child JVM: {@code CrashServerMain DATA_DIR [JDBC_URL]},
 * admin token from {@code ORDINAL_ADMIN_TOKEN}, a free port on loopback printed as
 * {@code PORT <n>} on stdout once it listens. It runs until it is killed.
 */
public final class CrashServerMain {

    private CrashServerMain() {
    }

    public static void main(String[] args) throws Exception {
        ServerConfig config = ServerConfig.defaults(Path.of(args[0]))
                .withDatabaseUrl(args.length > 1 ? Optional.of(args[1]) : Optional.empty())
                .withAdminToken(Optional.ofNullable(System.getenv("ORDINAL_ADMIN_TOKEN")))
                .withAddress("127.0.0.1", 0);
        OrdinalServer server = OrdinalServer.start(config);
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
