package dev.ordinal.vote;

import java.util.Arrays;
import java.util.Optional;

/**
 * Extended justified representation (EJR; Aziz, Brill, Conitzer, Elkind, Freeman &amp; Walsh 2017,
 * "Justified representation in approval-based committee voting", Social Choice and Welfare 48):
 * a committee W of size k satisfies EJR when for every ℓ in 1..k and every group of voters of total
 * weight at least ℓ·n/k (n the total weight) who approve ℓ candidates in common, some voter of the
 * group approves at least ℓ members of W. A violating group, when there is one, is the witness.
 *
 * <p>The check is exact. For each ℓ it enumerates sets T of ℓ candidates depth first and keeps
 * the voters who approve all of T and fewer than ℓ members of W; it prunes a branch as soon as
 * their weight falls below ℓ·n/k (adding candidates only shrinks the group). If some group
 * violates EJR with common candidates ⊇ T, the voters so kept for T violate it too, so the
 * enumeration misses nothing. Deciding EJR is coNP-complete (Aziz et al. 2017), so the search is
 * exponential in k in the worst case: it stops after {@link #NODE_LIMIT} sets and then answers
 * {@link Status#UNDECIDED}. Instances of a few dozen candidates and committees up to about ten
 * seats are decided well within it; weights count as numbers of voters.
 */
public final class JustifiedRepresentation {
    /** How many candidate sets the search may visit before it gives up. */
    public static final long NODE_LIMIT = 20_000_000L;
    private static final double TOLERANCE = 1e-9;

    public enum Status {
        SATISFIED, VIOLATED, UNDECIDED
    }

    /**
     * A group that violates EJR: it approves {@code commonCandidates} (ℓ of them) in common, weighs
     * {@code groupWeight} ≥ ℓ·n/k = {@code requiredWeight}, and each of its ballots approves fewer than ℓ
     * committee members. {@code ballots} are distinct-ballot indices of the checked ballots.
     */
    public record Witness(int ell, int[] commonCandidates, int[] ballots, double groupWeight, double requiredWeight) {
        public Witness {
            commonCandidates = commonCandidates.clone();
            ballots = ballots.clone();
        }

        @Override
        public int[] commonCandidates() {
            return commonCandidates.clone();
        }

        @Override
        public int[] ballots() {
            return ballots.clone();
        }
    }

    private final Status status;
    private final Witness witness;

    private JustifiedRepresentation(Status status, Witness witness) {
        this.status = status;
        this.witness = witness;
    }

    /**
     * Checks {@code committee} (candidate indices, no repeats) against approval ballots, which must
     * be dichotomous (approved = first group).
     */
    public static JustifiedRepresentation check(Ballots approvalBallots, int[] committee) {
        return check(ApprovalProfile.of(approvalBallots, 0, "EJR check"), committee);
    }

    static JustifiedRepresentation check(ApprovalProfile profile, int[] committee) {
        int k = committee.length;
        if (k == 0 || Arrays.stream(committee).distinct().count() != k) {
            throw new VoteException("an EJR check needs a non-empty committee without repeats, got "
                    + Arrays.toString(committee));
        }
        int[] satisfaction = profile.satisfaction(committee);
        long[] budget = {NODE_LIMIT};
        for (int ell = 1; ell <= k; ell++) {
            double required = ell * profile.totalWeight / k;
            int count = 0;
            int[] group = new int[profile.ballotCount];
            double weight = 0;
            for (int b = 0; b < profile.ballotCount; b++) {
                if (satisfaction[b] < ell && profile.weight[b] > 0) {
                    group[count++] = b;
                    weight += profile.weight[b];
                }
            }
            if (weight < required - TOLERANCE * required) {
                continue;
            }
            int[] common = new int[ell];
            Witness found = search(profile, Arrays.copyOf(group, count), common, 0, 0, ell, required, budget);
            if (found != null) {
                return new JustifiedRepresentation(Status.VIOLATED, found);
            }
            if (budget[0] < 0) {
                return new JustifiedRepresentation(Status.UNDECIDED, null);
            }
        }
        return new JustifiedRepresentation(Status.SATISFIED, null);
    }

    /** Extends {@code common[0..depth)} with candidates from {@code from} on, keeping groups heavy enough. */
    private static Witness search(ApprovalProfile profile, int[] group, int[] common, int depth, int from, int ell,
            double required, long[] budget) {
        int[] next = new int[group.length];
        for (int c = from; c <= profile.candidateCount - (ell - depth); c++) {
            if (--budget[0] < 0) {
                return null;
            }
            int count = 0;
            double weight = 0;
            for (int b : group) {
                if (profile.approves[b][c]) {
                    next[count++] = b;
                    weight += profile.weight[b];
                }
            }
            if (weight < required - TOLERANCE * required) {
                continue;
            }
            common[depth] = c;
            if (depth + 1 == ell) {
                return new Witness(ell, common.clone(), Arrays.copyOf(next, count), weight, required);
            }
            Witness found = search(profile, Arrays.copyOf(next, count), common, depth + 1, c + 1, ell, required, budget);
            if (found != null || budget[0] < 0) {
                return found;
            }
        }
        return null;
    }

    public Status status() {
        return status;
    }

    public boolean satisfied() {
        return status == Status.SATISFIED;
    }

    public Optional<Witness> witness() {
        return Optional.ofNullable(witness);
    }

    /** One sentence for an explanation. */
    String describe(ApprovalProfile profile, int[] committee) {
        String name = profile.names(committee);
        return switch (status) {
            case SATISFIED -> "Committee " + name + " satisfies extended justified representation (EJR).";
            case UNDECIDED -> "Committee " + name + ": the EJR check stopped after " + NODE_LIMIT
                    + " candidate sets without an answer.";
            case VIOLATED -> "Committee " + name + " violates EJR: voters of weight "
                    + Explanation.number(witness.groupWeight()) + " ≥ ℓ·n/k = " + Explanation.number(witness.requiredWeight())
                    + " approve the ℓ = " + witness.ell() + " candidates " + profile.names(witness.commonCandidates())
                    + " in common, yet each approves fewer than " + witness.ell() + " committee members.";
        };
    }
}
