package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.util.Objects;

/**
 * Which fields of a family file name the member (an item, or a judge or source) and its family.
 *
 * @param memberField the column (CSV) or field (JSON) naming the member, e.g. {@code item}, or
 *                    {@code name} or {@code id} in LLMFAO's models.jsonl
 * @param familyField the column or field naming its family, e.g. {@code family}, or {@code org}
 */
public record FamilyReadOptions(String memberField, String familyField) {
    public FamilyReadOptions {
        Objects.requireNonNull(memberField, "memberField");
        Objects.requireNonNull(familyField, "familyField");
        if (memberField.isBlank() || familyField.isBlank() || memberField.equals(familyField)) {
            throw new InvalidParameterException("family-fields", memberField + "," + familyField,
                    "two different, non-blank field names, MEMBER,FAMILY");
        }
    }

    /** Columns {@code item} and {@code family}. */
    public static FamilyReadOptions defaults() {
        return new FamilyReadOptions("item", "family");
    }
}
