package dev.ordinal.fit;

import java.util.List;

/**
 * The log-likelihood of a model on collapsed data (its "cells": one weight per distinct
 * observation kind, e.g. pair × outcome, or distinct ranking). Parameters are the items'
 * log-strengths, indices {@code 0..itemCount-1}, followed by the model's extra parameters
 * (e.g. a tie parameter). The likelihood is invariant to adding a constant to every item's
 * log-strength; estimators fix that freedom by centring.
 *
 * <p>Implementations are immutable and safe to evaluate from many threads at once.
 */
public interface Likelihood {

    int itemCount();

    /** {@code itemCount()} plus the number of extra parameters. */
    int parameterCount();

    /** Names of the extra parameters, in order, as reported to users. */
    List<String> extraParameterNames();

    /** A starting point: zero log-strengths and a data-based guess for the extras. */
    double[] initialParameters();

    /** Whether the extras in {@code parameters} are inside their domain (e.g. a tie parameter > 0). */
    boolean feasible(double[] parameters);

    /**
     * The log-likelihood at {@code parameters}. When {@code gradient} is not null it receives
     * the gradient (length p); when {@code hessian} is not null it receives the Hessian (p × p,
     * row-major). Both are overwritten, not accumulated into.
     */
    double evaluate(double[] parameters, double[] gradient, double[] hessian);

    /**
     * The gradient alone, into {@code gradient} (overwritten). Implementations override this when
     * they can skip work the log-likelihood's value needs; bootstrap refits call it in their inner loop.
     */
    default void gradient(double[] parameters, double[] gradient) {
        evaluate(parameters, gradient, null);
    }

    /**
     * Reports, for every cell with positive weight, the score (gradient of one observation's
     * log-likelihood) as a sparse vector, for the sandwich estimator.
     */
    void forEachScore(double[] parameters, ScoreSink sink);

    /**
     * Reports every directed edge {@code winner → loser} the data supports: a result that
     * bounds the loser's strength relative to the winner's. A finite MLE exists exactly when
     * these edges make the comparison graph strongly connected (Ford 1957; Hunter 2004, A1).
     */
    void forEachSupportEdge(EdgeSink sink);

    /** Expected score of item i against item j: P(i preferred) + ½ P(tie). */
    double expectedScore(double[] parameters, int i, int j);

    /** A copy of the cell weights. */
    double[] cells();

    /** Number of independent judgments the cells summarise (the multinomial's trials). */
    long observations();

    /** The same model on the same cells with other weights (a bootstrap resample). */
    Likelihood withCells(double[] cells);

    /** Receives one cell's score. */
    @FunctionalInterface
    interface ScoreSink {
        /** {@code weight} observations each with score {@code values[k]} at parameter {@code index[k]}, k < length. */
        void accept(double weight, int[] index, double[] values, int length);
    }

    /** Receives one support edge. */
    @FunctionalInterface
    interface EdgeSink {
        void accept(int winner, int loser);

        /**
         * The edges of one pair's results: {@code low → high} when low won at least once,
         * {@code high → low} when high did, and both when a tie that informs the fit was seen.
         */
        default void acceptPair(int low, int high, boolean lowWon, boolean highWon, boolean informativeTie) {
            if (lowWon || informativeTie) {
                accept(low, high);
            }
            if (highWon || informativeTie) {
                accept(high, low);
            }
        }
    }
}
