-- Per-arena matchmaking, and battles that show K >= 2 items (K-Sort Arena style).

-- The matchmaking strategy's name (NULL: the server's default) and how many items a battle shows.
ALTER TABLE arenas ADD COLUMN strategy VARCHAR(50);
ALTER TABLE arenas ADD COLUMN battle_size INTEGER NOT NULL DEFAULT 2 CHECK (battle_size BETWEEN 2 AND 8);

-- Sides C, D, ... of a battle that shows more than two items (sides A and B stay in
-- battles.item_a and battles.item_b; position 2 is side C).
CREATE TABLE battle_sides (
    battle   BIGINT       NOT NULL REFERENCES battles (id),
    position INTEGER      NOT NULL CHECK (position >= 2),
    arena    VARCHAR(200) NOT NULL,
    item     VARCHAR(200) NOT NULL,
    PRIMARY KEY (battle, position),
    FOREIGN KEY (arena, item) REFERENCES items (arena, id)
);

-- The vote on a battle of more than two sides: each side's rank in side order, best 1, equal
-- ranks tied, e.g. '2,1,3,3'. A two-sided battle's vote stays in battles.outcome.
ALTER TABLE battles ADD COLUMN ranks VARCHAR(40);

-- How the matchmaking strategy chose the battle (NULL when it was chosen otherwise): the
-- probability of this set of items, and the inverse-propensity weight of its judgments.
ALTER TABLE battles ADD COLUMN propensity DOUBLE PRECISION;
ALTER TABLE battles ADD COLUMN weight DOUBLE PRECISION;
