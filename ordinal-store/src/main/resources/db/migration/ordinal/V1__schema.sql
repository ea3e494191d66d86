-- Portable between SQLite and PostgreSQL: ids and sequence numbers are assigned by the
-- application (no SERIAL / AUTOINCREMENT), times are epoch milliseconds in BIGINT columns.

CREATE TABLE arenas (
    id         VARCHAR(200) NOT NULL PRIMARY KEY,
    name       TEXT         NOT NULL,
    created_at BIGINT       NOT NULL,
    -- the seq the next judgment of this arena gets; bumped in the appending transaction
    next_seq   BIGINT       NOT NULL
);

CREATE TABLE items (
    arena VARCHAR(200) NOT NULL REFERENCES arenas (id),
    id    VARCHAR(200) NOT NULL,
    name  TEXT         NOT NULL,
    PRIMARY KEY (arena, id)
);

CREATE TABLE prompts (
    arena VARCHAR(200) NOT NULL REFERENCES arenas (id),
    id    VARCHAR(200) NOT NULL,
    text  TEXT         NOT NULL,
    PRIMARY KEY (arena, id)
);

CREATE TABLE responses (
    arena  VARCHAR(200) NOT NULL,
    prompt VARCHAR(200) NOT NULL,
    item   VARCHAR(200) NOT NULL,
    text   TEXT         NOT NULL,
    PRIMARY KEY (arena, prompt, item),
    FOREIGN KEY (arena, prompt) REFERENCES prompts (arena, id),
    FOREIGN KEY (arena, item) REFERENCES items (arena, id)
);

CREATE TABLE battles (
    id        BIGINT       NOT NULL PRIMARY KEY,
    arena     VARCHAR(200) NOT NULL,
    prompt    VARCHAR(200) NOT NULL,
    item_a    VARCHAR(200) NOT NULL,
    item_b    VARCHAR(200) NOT NULL,
    session   VARCHAR(200) NOT NULL,
    issued_at BIGINT       NOT NULL,
    outcome   VARCHAR(10)  CHECK (outcome IN ('a', 'b', 'tie', 'both_bad')),
    voted_at  BIGINT,
    FOREIGN KEY (arena, prompt) REFERENCES prompts (arena, id),
    FOREIGN KEY (arena, item_a) REFERENCES items (arena, id),
    FOREIGN KEY (arena, item_b) REFERENCES items (arena, id),
    CHECK (item_a <> item_b)
);

-- The append-only log. Rows are never updated or deleted.
CREATE TABLE judgments (
    arena     VARCHAR(200) NOT NULL,
    seq       BIGINT       NOT NULL,
    client_id VARCHAR(200) NOT NULL,
    item_a    VARCHAR(200) NOT NULL,
    item_b    VARCHAR(200) NOT NULL,
    outcome   VARCHAR(10)  NOT NULL CHECK (outcome IN ('a', 'b', 'tie', 'both_bad')),
    judge     TEXT,
    judged_at BIGINT       NOT NULL,
    category  TEXT,
    battle    BIGINT       REFERENCES battles (id),
    PRIMARY KEY (arena, seq),
    UNIQUE (arena, client_id),
    FOREIGN KEY (arena, item_a) REFERENCES items (arena, id),
    FOREIGN KEY (arena, item_b) REFERENCES items (arena, id),
    CHECK (item_a <> item_b)
);

CREATE TABLE tokens (
    hash       VARCHAR(64) NOT NULL PRIMARY KEY,
    role       VARCHAR(10) NOT NULL CHECK (role IN ('admin', 'judge')),
    created_at BIGINT      NOT NULL
);

-- Application-assigned counters (battle ids).
CREATE TABLE counters (
    name       VARCHAR(50) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
);

INSERT INTO counters (name, next_value) VALUES ('battle', 1);
