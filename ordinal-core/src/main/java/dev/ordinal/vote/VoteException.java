package dev.ordinal.vote;

/** A rule cannot be applied to these ballots (say, a cardinal rule on ranked ballots); the message says why. */
public final class VoteException extends RuntimeException {
    public VoteException(String message) {
        super(message);
    }
}
