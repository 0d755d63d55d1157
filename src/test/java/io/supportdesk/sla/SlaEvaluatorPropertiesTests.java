package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.supportdesk.sla.SlaFact.Kind;
import io.supportdesk.sla.SlaTarget.Metric;

/**
 * Properties of the evaluator over random case histories (seeded; the seed is in every failure
 * message: replay with {@code -Dsla.seed=<seed>}), 1,000 histories per run, on the Standard and 24x7
 * calendars of {@link SlaEvaluatorTests}, with openings across 2026 including both DST weekends.
 * Evaluating after each fact (as the stored state does) and evaluating the whole history from scratch
 * must agree: an outcome once reached (met, breached, cancelled) never changes afterwards, and the
 * final incremental state is the from-scratch state.
 */
class SlaEvaluatorPropertiesTests {

	static final int HISTORIES = 1000;

	@Test
	void incrementalAndFromScratchEvaluationAgreeOnRandomHistories() {
		long seed = Long.getLong("sla.seed", new Random().nextLong());
		Random random = new Random(seed);
		for (int run = 0; run < HISTORIES; run++) {
			boolean premier = random.nextBoolean();
			Instant upgrade = premier ? null : Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(365)));
			SlaEvaluator evaluator = new SlaEvaluator(new SlaEvaluatorTests.Book(upgrade, premier));
			List<SlaFact> facts = history(random, upgrade);
			String context = "seed " + seed + ", history " + run + ": " + facts;
			checkAgreement(evaluator, facts, context);
		}
	}

	private static void checkAgreement(SlaEvaluator evaluator, List<SlaFact> facts, String context) {
		Instant end = facts.get(facts.size() - 1).at().plus(Duration.ofDays(3));
		SlaState fromScratch = evaluator.evaluate(facts, end);
		assertThat(evaluator.evaluate(facts, end)).as(context).isEqualTo(fromScratch);
		for (int k = 1; k <= facts.size(); k++) {
			SlaState partial = evaluator.evaluate(facts.subList(0, k), facts.get(k - 1).at());
			for (SlaTarget settled : partial.targets()) {
				if (settled.state() == TargetState.MET || settled.state() == TargetState.CANCELLED
						|| (settled.state() == TargetState.BREACHED && settled.metAt() != null)) {
					SlaTarget later = find(fromScratch, settled, partial);
					assertThat(later.state()).as("outcome of %s changed later; %s", settled, context).isEqualTo(settled.state());
					assertThat(later.metAt()).as(context).isEqualTo(settled.metAt());
				}
			}
			checkInvariants(partial, context);
		}
		checkInvariants(fromScratch, context);
	}

	private static SlaTarget find(SlaState state, SlaTarget target, SlaState in) {
		int index = indexOf(in, target);
		List<SlaTarget> same = state.targets().stream().filter(t -> t.metric() == target.metric()).toList();
		return same.get(index);
	}

	private static int indexOf(SlaState state, SlaTarget target) {
		List<SlaTarget> same = state.targets().stream().filter(t -> t.metric() == target.metric()).toList();
		return same.indexOf(target);
	}

	private static void checkInvariants(SlaState state, String context) {
		long open = state.targets().stream().filter(t -> t.metric() == Metric.UPDATE)
			.filter(t -> t.state() == TargetState.RUNNING || t.state() == TargetState.PAUSED).count();
		assertThat(open).as("at most one update target runs; " + context).isLessThanOrEqualTo(1);
		for (SlaTarget target : state.targets()) {
			assertThat(target.dueAt()).as(context).isAfterOrEqualTo(target.startedAt().minusSeconds(0));
			if (target.state() == TargetState.MET) {
				assertThat(target.metAt()).as("met in time; " + context).isBeforeOrEqualTo(target.dueAt());
			}
			if (target.state() == TargetState.BREACHED && target.metAt() != null) {
				assertThat(target.metAt()).as("late; " + context).isAfter(target.breachedAt().minusNanos(1));
			}
		}
	}

	/** A random but plausible history: opened, then a mix of the case's events in time order. */
	private static List<SlaFact> history(Random random, Instant upgrade) {
		List<SlaFact> facts = new ArrayList<>();
		Instant at = Instant.parse("2026-01-05T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(360 * 24 * 60)));
		if (random.nextInt(4) == 0) {
			// around the DST weekends
			at = Instant.parse(random.nextBoolean() ? "2026-03-27T12:00:00Z" : "2026-10-23T12:00:00Z")
				.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)));
		}
		facts.add(new SlaFact(at, Kind.OPENED, 1 + random.nextInt(4)));
		boolean resolved = false;
		int steps = 1 + random.nextInt(12);
		for (int i = 0; i < steps; i++) {
			at = at.plus(Duration.ofMinutes(random.nextInt(random.nextBoolean() ? 30 : 24 * 60)));
			Kind kind = Kind.values()[1 + random.nextInt(Kind.values().length - 1)];
			if (kind == Kind.PLAN_CHANGED && (upgrade == null || !upgrade.equals(at))) {
				continue;
			}
			// the case's own rules: reopen and close only a resolved case; nothing after closing
			if (resolved != (kind == Kind.REOPENED || kind == Kind.CLOSED)) {
				continue;
			}
			facts.add(kind == Kind.CLASSIFIED ? new SlaFact(at, kind, 1 + random.nextInt(4)) : SlaFact.of(at, kind));
			if (kind == Kind.CLOSED) {
				break;
			}
			resolved = kind == Kind.RESOLVED;
		}
		if (upgrade != null && upgrade.isAfter(facts.get(0).at()) && upgrade.isBefore(at)) {
			facts.add(SlaFact.of(upgrade, Kind.PLAN_CHANGED));
			facts.sort(java.util.Comparator.comparing(SlaFact::at));
		}
		return facts;
	}
}
