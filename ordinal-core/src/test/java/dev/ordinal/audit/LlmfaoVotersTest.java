package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.audit.SequentialVoterTest.Alternative;
import dev.ordinal.audit.SequentialVoterTest.Decision;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The voter audit of the LLMFAO crowd (examples/llmfao/crowd-comparisons.csv: 8,931 labels by
 * 124 workers on 59 models): the figures quoted in docs/audit-voters.md.
 */
class LlmfaoVotersTest {

    static List<Label> crowd() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../examples/llmfao/crowd-comparisons.csv"));
        List<Label> labels = new ArrayList<>();
        // id,prompt,model_x,model_y,worker,winner,left,right — no field contains a comma.
        for (String line : lines.subList(1, lines.size())) {
            String[] field = line.split(",", -1);
            Outcome outcome = switch (field[5]) {
                case "left" -> Outcome.A;
                case "right" -> Outcome.B;
                default -> Outcome.TIE;
            };
            labels.add(new Label("crowd", field[4], field[0], field[1], field[6], field[7], outcome));
        }
        return labels;
    }

    @Test
    void crowdWorkers() throws IOException {
        List<Label> labels = crowd();
        assertThat(labels).hasSize(8931);
        WorkerFit fit = WorkerModel.defaults().fit(labels);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.workers()).hasSize(124);
        assertThat(fit.tooFewLabels()).hasSize(33);
        assertThat(fit.workers().stream().filter(WorkerEstimate::adversarial).map(WorkerEstimate::judge))
                .containsExactly("15");
        assertThat(fit.workers().stream().filter(WorkerEstimate::indistinguishableFromRandom).count()).isEqualTo(35);

        ComparisonTable table = ScreenedLeaderboards.table(labels, label -> 1);
        Fit ratings = MaximumLikelihood.fit(new BradleyTerry(TieModel.HALF).likelihood(table), table.items(),
                FitOptions.defaults());
        Map<Decision, Long> random = new SequentialVoterTest(0.05, 0.1, Alternative.RANDOM)
                .testAll(labels, table.items(), ratings.strengths()).stream()
                .collect(Collectors.groupingBy(SequentialVoterTest.Verdict::decision, Collectors.counting()));
        assertThat(random).containsEntry(Decision.FLAGGED, 4L).containsEntry(Decision.CLEARED, 54L)
                .containsEntry(Decision.UNDECIDED, 66L);
        List<VotingPatterns.Finding> findings = VotingPatterns.defaults().find(labels);
        assertThat(findings).extracting(VotingPatterns.Finding::judge, VotingPatterns.Finding::kind,
                VotingPatterns.Finding::votes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("32", VotingPatterns.Kind.ALWAYS_LEFT, 21));
    }
}
