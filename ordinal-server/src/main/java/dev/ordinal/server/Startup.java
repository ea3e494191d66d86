package dev.ordinal.server;

import dev.ordinal.store.Role;
import dev.ordinal.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What a server needs before it can route a request: the store, the admin token (from the
 * configuration, the data directory, or generated and written there owner-only), the session
 * secret and the executor of background bootstraps. Closing it closes the store and stops the
 * executor.
 *
 * @param store             the opened store, with the admin token registered
 * @param adminToken        the admin token
 * @param adminTokenCreated this start generated the admin token and wrote it to the data directory
 * @param sessions          signs voter sessions and their CSRF tokens with the secret of the data directory
 * @param bootstraps        bootstrap intervals, one leaderboard at a time (each bootstrap uses several
 *                          threads); at most {@value #QUEUED_BOOTSTRAPS} wait, since anyone may ask
 */
record Startup(Store store, String adminToken, boolean adminTokenCreated, Sessions sessions,
               ExecutorService bootstraps) implements AutoCloseable {
    static final String ADMIN_TOKEN_FILE = "admin-token";
    static final String SESSION_SECRET_FILE = "session-secret";
    private static final int QUEUED_BOOTSTRAPS = 16;

    /** Creates the data directory if needed, opens the store and reads or creates the secrets. */
    static Startup open(ServerConfig config) throws IOException {
        Files.createDirectories(config.dataDirectory());
        Store store = config.databaseUrl().map(Store::openPostgres)
                .orElseGet(() -> Store.openSqlite(config.dataDirectory()));
        try {
            Path tokenFile = config.dataDirectory().resolve(ADMIN_TOKEN_FILE);
            String adminToken;
            boolean created = false;
            if (config.adminToken().isPresent()) {
                adminToken = config.adminToken().get();
            } else if (Files.exists(tokenFile)) {
                adminToken = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } else {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                adminToken = "ordinal_admin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                writeOwnerOnly(tokenFile, adminToken + "\n");
                created = true;
            }
            store.registerToken(adminToken, Role.ADMIN);
            Sessions sessions = new Sessions(sessionSecret(config.dataDirectory().resolve(SESSION_SECRET_FILE)));
            return new Startup(store, adminToken, created, sessions, bootstrapExecutor());
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
    }

    private static ExecutorService bootstrapExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_BOOTSTRAPS), task -> {
            Thread thread = new Thread(task, "ordinal-bootstrap");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static byte[] sessionSecret(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(Sessions.randomSecret()) + "\n");
            } catch (FileAlreadyExistsException raced) {
                // another process wrote it first: read theirs
            }
        }
        try {
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold a base64 session secret; delete it to make a new one", e);
        }
    }

    @Override
    public void close() {
        try {
            bootstraps.shutdownNow();
        } finally {
            store.close();
        }
    }
}
