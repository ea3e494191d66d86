package dev.ordinal.server;

import java.util.Optional;

class SqliteServerTest extends ServerContract {
    @Override
    Optional<String> emptyDatabase() {
        return Optional.empty();
    }

    @Override
    Optional<String> reuseDatabase() {
        return Optional.empty();
    }
}
