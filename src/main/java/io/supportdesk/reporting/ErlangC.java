package io.supportdesk.reporting;

import io.supportdesk.shared.InvalidInput;

/**
 * Erlang C (the M/M/N queue): how many agents answer a share of arrivals within a target time. For
 * {@code λ} arrivals an hour, each handled in {@code h} minutes, the offered load is {@code A = λ·h/60}
 * erlangs; with {@code N > A} agents the probability that an arrival waits is Erlang C
 * {@code C(N, A) = N·B / (N − A·(1 − B))}, where {@code B} is Erlang B, and the share answered within
 * {@code t} minutes (the service level) is {@code 1 − C(N, A)·e^(−(N − A)·t/h)}; occupancy is {@code A/N}.
 *
 * <p>Numerically stable for any load: Erlang B comes from its recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}, which stays in [0, 1] — no powers or factorials
 * that overflow a double from about 170 agents on. A pure function, no Spring inside.
 */
public final class ErlangC {

	/** The most agents a plan may need before the input is called impossible. */
	public static final int MAX_AGENTS = 100_000;

	/** The service-level goal when none is given (the default). */
	public static final double DEFAULT_GOAL = 0.95;

	private ErlangC() {
	}

	/**
	 * The staffing of one interval: the number of agents, and with them the service level reached, the
	 * probability of waiting and the occupancy.
	 */
	public record Staffing(int agents, double serviceLevel, double probabilityOfWaiting, double occupancy) {
	}

	/**
	 * The least number of agents whose service level reaches {@code goal} (a share, 0 < goal < 1), for
	 * {@code arrivalsPerHour} (≥ 0) each handled in {@code handleMinutes} (> 0), answered within
	 * {@code targetMinutes} (≥ 0). Impossible input is refused naming the offending field.
	 */
	public static Staffing staffing(double arrivalsPerHour, double handleMinutes, double targetMinutes, double goal) {
		check(arrivalsPerHour >= 0, "arrivalsPerHour", "refusal.reporting.erlangC.arrivals");
		check(handleMinutes > 0, "handleMinutes", "refusal.reporting.erlangC.handle");
		check(targetMinutes >= 0, "targetMinutes", "refusal.reporting.erlangC.target");
		check(goal > 0 && goal < 1, "serviceLevel", "refusal.reporting.erlangC.goal");
		double erlangs = arrivalsPerHour * handleMinutes / 60;
		if (erlangs == 0) {
			return new Staffing(0, 1, 0, 0);
		}
		check(erlangs < MAX_AGENTS, "arrivalsPerHour", "refusal.reporting.erlangC.tooLarge", MAX_AGENTS);
		double erlangB = 1;
		for (int agents = 1; agents <= MAX_AGENTS; agents++) {
			erlangB = erlangs * erlangB / (agents + erlangs * erlangB);
			if (agents > erlangs) {
				double waiting = waiting(agents, erlangs, erlangB);
				double level = serviceLevel(agents, erlangs, waiting, handleMinutes, targetMinutes);
				if (level >= goal) {
					return new Staffing(agents, level, waiting, erlangs / agents);
				}
			}
		}
		throw new InvalidInput("arrivalsPerHour", "refusal.reporting.erlangC.tooLarge", MAX_AGENTS);
	}

	/** Erlang C: the probability that an arrival waits, with {@code agents} (> erlangs) serving {@code erlangs}. */
	public static double probabilityOfWaiting(int agents, double erlangs) {
		if (agents <= erlangs) {
			return 1;
		}
		return waiting(agents, erlangs, erlangB(agents, erlangs));
	}

	/** Erlang B by its recursion: the probability that all {@code agents} are busy in a loss system. */
	public static double erlangB(int agents, double erlangs) {
		double b = 1;
		for (int n = 1; n <= agents; n++) {
			b = erlangs * b / (n + erlangs * b);
		}
		return b;
	}

	/** The share answered within {@code targetMinutes}. */
	public static double serviceLevel(int agents, double erlangs, double handleMinutes, double targetMinutes) {
		return agents <= erlangs ? 0
				: serviceLevel(agents, erlangs, probabilityOfWaiting(agents, erlangs), handleMinutes, targetMinutes);
	}

	private static double waiting(int agents, double erlangs, double erlangB) {
		return agents * erlangB / (agents - erlangs * (1 - erlangB));
	}

	private static double serviceLevel(int agents, double erlangs, double waiting, double handleMinutes,
			double targetMinutes) {
		return 1 - waiting * Math.exp(-(agents - erlangs) * targetMinutes / handleMinutes);
	}

	private static void check(boolean valid, String field, String key, Object... arguments) {
		if (!valid) {
			throw new InvalidInput(field, key, arguments);
		}
	}
}
