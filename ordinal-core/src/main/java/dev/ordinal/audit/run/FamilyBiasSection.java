package dev.ordinal.audit.run;

import dev.ordinal.audit.FamilyBiasEstimate;
import java.util.List;
import java.util.Optional;

/**
 * The Family bias section: for each source given a family, its own-family win rate against the
 * reference's on the same units.
 *
 * @param familyNames how many names the family file gives
 * @param strangers   the names of the family file that are no source's item, sorted
 * @param items       every source's items, sorted (to show what the names should look like)
 * @param judges      one per source given a family, in the order given; none when no source was
 */
public record FamilyBiasSection(int familyNames, List<String> strangers, List<String> items, List<Judge> judges) {
    public FamilyBiasSection {
        strangers = List.copyOf(strangers);
        items = List.copyOf(items);
        judges = List.copyOf(judges);
    }

    /** Whether no name of the family file is an item, which points at the wrong fields. */
    public boolean noneMatch() {
        return !strangers.isEmpty() && strangers.size() == familyNames;
    }

    /**
     * One source given a family.
     *
     * @param source   the source
     * @param family   its family
     * @param estimate its bias; empty for the reference, whose bias is not measured against itself
     */
    public record Judge(String source, String family, Optional<Attempt<FamilyBiasEstimate>> estimate) {
    }
}
