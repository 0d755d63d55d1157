package io.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.Channel;

/**
 * A case's SLA was evaluated and stored: published inside the transaction that stored it, every time
 * (opening, every change of the case, plan changes, calendar re-evaluations), with the case facts
 * reports filter on and every target as stored. Listeners that keep a read model with it run in that
 * same transaction (plain {@code @EventListener}), so what they hold can never differ from the stored
 * SLA and its timers.
 *
 * @param severity the case's severity as evaluated (after any reclassification)
 * @param evaluatedAt the instant the state holds for: a running target due before a later instant is
 *        breached at its due instant, exactly as the evaluator would say then
 */
public record SlaEvaluated(CaseId caseId, String reference, OrganisationId organisationId, TeamId teamId,
		Channel channel, String language, String product, int severity, Instant openedAt, Instant evaluatedAt,
		List<Target> targets) {

	public SlaEvaluated {
		targets = List.copyOf(targets);
	}

	/**
	 * One target as stored, with its response time where it was answered: in business time on the
	 * target's own calendar and in calendar time, from its start to the reply.
	 *
	 * @param index the target's position among those of its metric (0 for the first response)
	 * @param planCode the code of the plan whose rule sets it; null when the rule has none
	 * @param plan the plan's name
	 * @param businessTime null while unanswered
	 * @param calendarTime null while unanswered
	 */
	public record Target(SlaTarget.Metric metric, int index, String planCode, String plan, Instant startedAt,
			Instant dueAt, Instant metAt, Instant breachedAt, TargetState state, Duration businessTime,
			Duration calendarTime) {
	}

	static SlaEvaluated of(CaseView view, SlaState state, Instant at) {
		List<Target> targets = new ArrayList<>();
		Map<SlaTarget.Metric, Integer> seen = new EnumMap<>(SlaTarget.Metric.class);
		for (SlaTarget t : state.targets()) {
			int index = seen.merge(t.metric(), 1, Integer::sum) - 1;
			boolean answered = t.metAt() != null;
			targets.add(new Target(t.metric(), index, t.rule().planCode(), t.rule().plan(), t.startedAt(), t.dueAt(),
					t.metAt(), t.breachedAt(), t.state(), answered ? t.rule().businessTime(t.startedAt(), t.metAt()) : null,
					answered ? Duration.between(t.startedAt(), t.metAt()) : null));
		}
		return new SlaEvaluated(view.id(), view.reference().toString(), view.organisationId(), view.teamId(),
				view.channel(), view.language(), view.product(), state.severity(), view.openedAt(), at, targets);
	}
}
