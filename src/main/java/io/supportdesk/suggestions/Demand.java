package io.supportdesk.suggestions;

import java.util.Map;

/**
 * How much a suggestion is wanted, the way a vendor weighs it: votes, distinct organisations behind them,
 * and those organisations by the plan they hold now ({@code PREMIER → 3}).
 */
public record Demand(SuggestionId id, long votes, long organisations, Map<String, Long> organisationsByPlan) {
}
