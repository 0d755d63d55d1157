package io.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.supportdesk.sla.SlaFact.Kind;
import io.supportdesk.sla.SlaTarget.Metric;
import io.supportdesk.sla.SlaState.Line;

/**
 * A case's SLA as a pure function of its facts, the targets in force and now (SPEC.md §2
 * "Decisions"):
 * <ul>
 * <li>the targets are those in force when the case was opened; a reclassification recomputes the
 * first response from the opening instant under the new severity (already past: breached at once);
 * a plan change re-targets what is pending: new due = the earlier of the old due and (change + new
 * target);</li>
 * <li>the first public reply from support meets the first response (at the due instant: met; later:
 * breached at the due instant);</li>
 * <li>Severity 1 carries an update cadence: each public reply starts the next update target, met by
 * the next public reply; waiting on the customer pauses it (the business time spent waiting moves its
 * due instant on); resolving cancels it;</li>
 * <li>calendar edits need nothing here: the calendars are versioned, so business time before an edit
 * counts under the old hours.</li>
 * </ul>
 * Evaluating the same facts again gives the same state: that is what the stored state is checked
 * against.
 */
public final class SlaEvaluator {

	private final TargetBook book;

	public SlaEvaluator(TargetBook book) {
		this.book = book;
	}

	/** The SLA after the facts (in order of instant; equal instants in the order given), as of {@code now}. */
	public SlaState evaluate(List<SlaFact> facts, Instant now) {
		Run run = new Run();
		facts.stream().sorted(Comparator.comparing(SlaFact::at)).forEach(fact -> run.apply(fact));
		run.settle(now);
		return new SlaState(run.severity, run.targets(), run.timeline);
	}

	/** The evaluation in progress. */
	private final class Run {

		int severity;

		Instant openedAt;

		Instant targetsFrom;

		boolean active = true;

		boolean replied;

		Clock firstResponse;

		final List<Clock> updates = new ArrayList<>();

		final List<SlaState.TimelineEntry> timeline = new ArrayList<>();

		void apply(SlaFact fact) {
			settle(fact.at());
			switch (fact.kind()) {
				case OPENED -> opened(fact);
				case CLASSIFIED -> classified(fact);
				case SUPPORT_REPLIED -> supportReplied(fact.at());
				case WAITING_ON_CUSTOMER -> current(TargetState.RUNNING).ifPresent(c -> c.pause(fact.at(), this));
				case CUSTOMER_REPLIED -> current(TargetState.PAUSED).ifPresent(c -> c.resume(fact.at(), this));
				case RESOLVED -> resolved(fact.at());
				case REOPENED -> reopened(fact.at());
				case CLOSED -> note(fact.at(), Line.of("closed"), Line.of("noEffect"));
				case PLAN_CHANGED -> planChanged(fact.at());
			}
		}

		private void opened(SlaFact fact) {
			severity = fact.severity();
			openedAt = fact.at();
			targetsFrom = fact.at();
			book.firstResponse(fact.at(), severity).ifPresentOrElse(rule -> {
				firstResponse = new Clock(Metric.FIRST_RESPONSE, rule, fact.at(), rule.dueFrom(fact.at()));
				note(fact.at(), Line.of("opened", severity), Line.of("firstResponseDue", firstResponse.due, rule));
			}, () -> note(fact.at(), Line.of("opened", severity), Line.of("noFirstResponseTarget")));
		}

		private void classified(SlaFact fact) {
			int previous = severity;
			severity = fact.severity();
			if (previous == severity) {
				note(fact.at(), Line.of("confirmed", severity), Line.of("noChange"));
				return;
			}
			if (firstResponse != null && firstResponse.state == TargetState.RUNNING) {
				book.firstResponse(targetsFrom, severity).ifPresent(rule -> {
					firstResponse.retarget(rule, rule.dueFrom(openedAt));
					boolean past = firstResponse.due.isBefore(fact.at());
					if (past) {
						firstResponse.breach(fact.at());
					}
					note(fact.at(), Line.of("reclassified", previous, severity),
							Line.of(past ? "recomputedBreached" : "recomputed", firstResponse.due, rule));
				});
			}
			if (previous == 1) {
				current(TargetState.RUNNING, TargetState.PAUSED).ifPresent(c -> c.cancel(fact.at(), this, "noLongerSeverity1"));
			}
			else if (severity == 1 && replied && active) {
				startUpdate(fact.at(), "reclassifiedToSeverity1");
			}
		}

		private void supportReplied(Instant at) {
			replied = true;
			if (firstResponse != null && firstResponse.metAt == null && firstResponse.state != TargetState.CANCELLED) {
				firstResponse.answer(at, this);
			}
			current(TargetState.RUNNING).ifPresent(c -> c.answer(at, this));
			if (severity == 1 && active) {
				startUpdate(at, "publicReply");
			}
		}

		private void resolved(Instant at) {
			active = false;
			if (firstResponse != null && firstResponse.state == TargetState.RUNNING) {
				firstResponse.cancel(at, this, "resolvedBeforeFirstResponse");
			}
			current(TargetState.RUNNING, TargetState.PAUSED).ifPresent(c -> c.cancel(at, this, "resolved"));
		}

		private void reopened(Instant at) {
			active = true;
			note(at, Line.of("reopened"), Line.of("noEffect"));
			if (severity == 1 && replied) {
				startUpdate(at, "reopened");
			}
		}

		private void planChanged(Instant at) {
			targetsFrom = at;
			if (firstResponse != null && firstResponse.state == TargetState.RUNNING) {
				book.firstResponse(at, severity).ifPresent(rule -> firstResponse.upgrade(rule, at, this));
			}
			current(TargetState.RUNNING).ifPresent(c -> book.update(at, severity).ifPresent(rule -> c.upgrade(rule, at, this)));
		}

		private void startUpdate(Instant at, String why) {
			current(TargetState.RUNNING, TargetState.PAUSED).ifPresent(c -> c.cancel(at, this, "superseded"));
			book.update(targetsFrom, severity).ifPresent(rule -> {
				Clock update = new Clock(Metric.UPDATE, rule, at, rule.dueFrom(at));
				updates.add(update);
				note(at, Line.of("cadence", Line.of("why." + why)), Line.of("nextUpdateDue", update.due, rule));
			});
		}

		/** Targets whose due instant passed before {@code at} are breached at their due instant. */
		void settle(Instant at) {
			if (firstResponse != null) {
				firstResponse.settle(at, this);
			}
			updates.forEach(update -> update.settle(at, this));
		}

		private java.util.Optional<Clock> current(TargetState... states) {
			if (updates.isEmpty()) {
				return java.util.Optional.empty();
			}
			Clock last = updates.get(updates.size() - 1);
			return List.of(states).contains(last.state) ? java.util.Optional.of(last) : java.util.Optional.empty();
		}

		void note(Instant at, Line event, Line effect) {
			timeline.add(new SlaState.TimelineEntry(at, event, effect));
		}

		List<SlaTarget> targets() {
			List<SlaTarget> targets = new ArrayList<>();
			if (firstResponse != null) {
				targets.add(firstResponse.target());
			}
			updates.forEach(update -> targets.add(update.target()));
			return targets;
		}
	}

	/** One target's clock. */
	private static final class Clock {

		final Metric metric;

		TargetRule rule;

		final Instant start;

		Instant due;

		Instant metAt;

		Instant breachedAt;

		Duration remaining;

		TargetState state = TargetState.RUNNING;

		Clock(Metric metric, TargetRule rule, Instant start, Instant due) {
			this.metric = metric;
			this.rule = rule;
			this.start = start;
			this.due = due;
		}

		void retarget(TargetRule newRule, Instant newDue) {
			rule = newRule;
			due = newDue;
		}

		void upgrade(TargetRule newRule, Instant at, Run run) {
			Instant candidate = newRule.dueFrom(at);
			if (candidate.isBefore(due)) {
				run.note(at, Line.of("planChanged"), Line.of("retargeted", metric, candidate, newRule, due));
				retarget(newRule, candidate);
			}
			else {
				run.note(at, Line.of("planChanged"), Line.of("staysDue", metric, due));
			}
		}

		void answer(Instant at, Run run) {
			metAt = at;
			if (state == TargetState.RUNNING && !at.isAfter(due)) {
				state = TargetState.MET;
				run.note(at, Line.of("publicReply"), Line.of("met", metric, due));
			}
			else {
				breach(breachedAt == null ? due : breachedAt);
				run.note(at, Line.of("publicReply"), Line.of("answeredLate", metric, due));
			}
		}

		void pause(Instant at, Run run) {
			remaining = rule.calendar().elapsed(at, due.isBefore(at) ? at : due);
			state = TargetState.PAUSED;
			run.note(at, Line.of("waiting"), Line.of("paused", metric, remaining));
		}

		void resume(Instant at, Run run) {
			due = rule.calendar().add(at, remaining);
			state = TargetState.RUNNING;
			run.note(at, Line.of("customerReplied"), Line.of("resumed", metric, due, remaining));
		}

		void cancel(Instant at, Run run, String why) {
			state = TargetState.CANCELLED;
			run.note(at, Line.of("cancelled"), Line.of("cancelledBecause", metric, Line.of("why." + why)));
		}

		void breach(Instant at) {
			state = TargetState.BREACHED;
			breachedAt = at;
		}

		void settle(Instant at, Run run) {
			if (state == TargetState.RUNNING && at.isAfter(due)) {
				breach(due);
				run.note(due, Line.of("duePassed"), Line.of("breached", metric));
			}
		}

		SlaTarget target() {
			return new SlaTarget(metric, rule, start, due, metAt, breachedAt, state);
		}
	}
}
