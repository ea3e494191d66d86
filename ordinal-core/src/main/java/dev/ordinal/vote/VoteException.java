package dev.ordinal.vote;

import dev.ordinal.error.DataException;

/**
 * A rule cannot be applied to these ballots (say, a cardinal rule on ranked ballots, or more seats
 * than candidates); the message says why and the remedy, when there is one, names the parameter
 * that would help. Bad parameter values are {@link dev.ordinal.error.InvalidParameterException}s.
 */
public final class VoteException extends DataException {
    private static final long serialVersionUID = 1L;

    public VoteException(String message) {
        super(message);
    }

    public VoteException(String message, String remedy) {
        super(message, remedy);
    }
}
