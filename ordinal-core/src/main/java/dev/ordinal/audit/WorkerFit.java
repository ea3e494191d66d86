package dev.ordinal.audit;

import dev.ordinal.judgment.Items;
import java.util.List;

/**
 * The {@link WorkerModel} fitted to labels.
 *
 * @param items           the items, indexed as in {@code strengths}
 * @param strengths       item log-strengths s, mean zero, on the scale of a worker with skill 1
 * @param strengthMargins half-widths of the strengths' Laplace intervals at {@code level}
 * @param workers         one estimate per worker, in order of first appearance
 * @param converged       whether Newton's method met its tolerance
 * @param iterations      Newton iterations used
 * @param level           interval coverage
 */
public record WorkerFit(Items items, double[] strengths, double[] strengthMargins, List<WorkerEstimate> workers,
                        boolean converged, int iterations, double level) {

    public WorkerFit {
        strengths = strengths.clone();
        strengthMargins = strengthMargins.clone();
        workers = List.copyOf(workers);
    }

    @Override
    public double[] strengths() {
        return strengths.clone();
    }

    @Override
    public double[] strengthMargins() {
        return strengthMargins.clone();
    }

    /** Workers who gave fewer labels than the model's minimum. */
    public List<WorkerEstimate> tooFewLabels() {
        return workers.stream().filter(w -> !w.enoughLabels()).toList();
    }
}
