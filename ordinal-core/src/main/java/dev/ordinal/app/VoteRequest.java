package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.vote.TieBreak;
import dev.ordinal.vote.VotingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A vote as a user asks for it: one rule of {@link Registries#rules()} or {@code all} of them,
 * the committee size, the rules' own parameters ({@code tie=0}, {@code strength=margins}) and an
 * optional explicit tie-break.
 *
 * @param rule           a rule's name, or {@code all}
 * @param seats          committee size, for the multi-winner rules; empty: their default (1)
 * @param ruleParameters the rules' own parameters, name → text; with {@code all} each rule gets those it takes
 * @param tieBreak       {@code first} or {@code random:SEED}; empty: ties are reported
 */
public record VoteRequest(String rule, Optional<Integer> seats, Map<String, String> ruleParameters,
                          Optional<TieBreak> tieBreak) {
    /** Every rule side by side. */
    public static final String ALL = "all";

    public static final List<Parameter> PARAMETERS = List.of(
            Parameter.choice("rule", ALL, Stream.concat(Stream.of(ALL), Registries.rules().spellings().stream())
                    .toList(), "a rule of 'ordinal list rule', or all: every rule's winners side by side"),
            Parameter.optionalInteger(VotingRuleEntries.SEATS, Range.atLeast(1),
                    "committee size for the multi-winner rules (default 1)"),
            Parameter.text("tie-break", "break ties explicitly: first (candidate order in the input) or random:SEED; "
                    + "default: report ties"));

    public VoteRequest {
        ruleParameters = Map.copyOf(new LinkedHashMap<>(ruleParameters));
    }

    /**
     * @param given          this request's parameters, name → text
     * @param ruleParameters the rules' own parameters, name → text
     */
    public static VoteRequest parse(Map<String, String> given, Map<String, String> ruleParameters) {
        Settings settings = Settings.parse("vote", PARAMETERS, given);
        VoteRequest request = new VoteRequest(settings.text("rule"), settings.optionalInteger(VotingRuleEntries.SEATS),
                ruleParameters, settings.optionalText("tie-break").map(TieBreak::parse));
        request.votingRules();
        return request;
    }

    public boolean all() {
        return rule.equals(ALL);
    }

    /**
     * The rules to apply, built: the one named, or every registered rule with the parameters it
     * takes.
     *
     * @throws InvalidParameterException       for a rule parameter no rule asked for takes, or a bad value
     * @throws UnsupportedCombinationException for seats with a single-winner rule
     */
    public List<VotingRule> votingRules() {
        List<Entry<VotingRule>> entries = all() ? Registries.rules().entries() : List.of(Registries.rules().entry(rule));
        List<String> known = entries.stream().flatMap(entry -> entry.parameters().stream()).map(Parameter::name)
                .distinct().toList();
        for (String name : ruleParameters.keySet()) {
            if (!known.contains(name)) {
                throw InvalidParameterException.unknown(name, ruleParameters.get(name),
                        all() ? "any rule" : "rule '" + rule + "'", known);
            }
        }
        if (!all() && seats.isPresent() && !entries.get(0).takes(VotingRuleEntries.SEATS)) {
            throw new UnsupportedCombinationException(List.of(VotingRuleEntries.SEATS, "rule"), "seats is for the "
                    + "multi-winner rules; rule '" + rule + "' elects one winner");
        }
        List<VotingRule> rules = new ArrayList<>();
        for (Entry<VotingRule> entry : entries) {
            Map<String, String> own = new LinkedHashMap<>(ruleParameters);
            own.keySet().retainAll(entry.parameters().stream().map(Parameter::name).toList());
            if (entry.takes(VotingRuleEntries.SEATS)) {
                seats.ifPresent(value -> own.put(VotingRuleEntries.SEATS, Integer.toString(value)));
            }
            rules.add(entry.create(own));
        }
        return rules;
    }
}
