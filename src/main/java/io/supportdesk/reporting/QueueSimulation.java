package io.supportdesk.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A discrete-event simulation of one week of first responses: Poisson arrivals per hour and kind, the agents
 * on duty per hour, each free agent taking the waiting case of the highest priority (lowest number), first
 * come first served within a priority, and keeping it for an exponential handle time (no pre-emption: an
 * agent whose hour ends finishes the case in hand). A case is answered when an agent takes it; it is in time
 * when it waited at most its kind's target.
 *
 * <p>The week repeats: the simulation runs it three times and counts the middle one, so Monday 00:00 starts
 * with the backlog Sunday night leaves and a case of Sunday night is answered in the next week's hours. A
 * counted case still waiting at the end of the third week is late. Pure and repeatable: the same model, seed
 * and replications give the same numbers (a {@link SplittableRandom} split per replication). No Spring inside.
 */
final class QueueSimulation {

	/** The weeks simulated; the middle one is counted. */
	static final int WEEKS = 3;

	private QueueSimulation() {
	}

	/**
	 * A kind of case: its first-response target and mean handle time in minutes, and its priority (lower first).
	 */
	record Kind(double targetMinutes, double handleMinutes, int priority) {
	}

	/** One hour of the week: the agents on duty and the arrivals per hour of each kind (indexed as the kinds). */
	record Hour(int agents, double[] arrivals) {
	}

	/** The week to simulate. */
	record Model(List<Kind> kinds, List<Hour> hours) {

		Model {
			kinds = List.copyOf(kinds);
			hours = List.copyOf(hours);
		}
	}

	/**
	 * The counts of the counted weeks, summed over the replications: arrivals and answers in time per kind
	 * and per hour of the week.
	 */
	record Outcome(long[] arrivedByKind, long[] inTimeByKind, long[] arrivedByHour, long[] inTimeByHour) {

		static double share(long inTime, long arrived) {
			return arrived == 0 ? Double.NaN : (double) inTime / arrived;
		}
	}

	private record Arrival(double at, int kind, int hour, boolean counted, int priority) {
	}

	/** Runs the week {@code replications} times from {@code seed}. */
	static Outcome run(Model model, long seed, int replications) {
		int kinds = model.kinds().size();
		int hours = model.hours().size();
		Outcome outcome = new Outcome(new long[kinds], new long[kinds], new long[hours], new long[hours]);
		SplittableRandom root = new SplittableRandom(seed);
		for (int r = 0; r < replications; r++) {
			replicate(model, root.split(), outcome);
		}
		return outcome;
	}

	private static void replicate(Model model, SplittableRandom random, Outcome outcome) {
		List<Arrival> arrivals = arrivals(model, random);
		int hours = model.hours().size();
		double end = WEEKS * hours * 60.0;
		PriorityQueue<Arrival> waiting = new PriorityQueue<>(
				Comparator.comparingInt(Arrival::priority).thenComparingDouble(Arrival::at));
		PriorityQueue<Double> completions = new PriorityQueue<>();
		int next = 0;
		double now = 0;
		while (now < end) {
			double arrival = next < arrivals.size() ? arrivals.get(next).at() : Double.POSITIVE_INFINITY;
			double completion = completions.isEmpty() ? Double.POSITIVE_INFINITY : completions.peek();
			double boundary = (Math.floor(now / 60) + 1) * 60;
			now = Math.min(arrival, Math.min(completion, boundary));
			if (now >= end) {
				break;
			}
			while (!completions.isEmpty() && completions.peek() <= now) {
				completions.poll();
			}
			while (next < arrivals.size() && arrivals.get(next).at() <= now) {
				Arrival a = arrivals.get(next++);
				if (a.counted()) {
					outcome.arrivedByKind()[a.kind()]++;
					outcome.arrivedByHour()[a.hour()]++;
				}
				waiting.add(a);
			}
			int agents = model.hours().get((int) (now / 60) % hours).agents();
			while (completions.size() < agents && !waiting.isEmpty()) {
				Arrival a = waiting.poll();
				Kind kind = model.kinds().get(a.kind());
				if (a.counted() && now - a.at() <= kind.targetMinutes()) {
					outcome.inTimeByKind()[a.kind()]++;
					outcome.inTimeByHour()[a.hour()]++;
				}
				completions.add(now + exponential(random, kind.handleMinutes()));
			}
		}
	}

	/** Every arrival of the three weeks, in order: per hour and kind a Poisson process of the hour's rate. */
	private static List<Arrival> arrivals(Model model, SplittableRandom random) {
		int hours = model.hours().size();
		List<Arrival> arrivals = new ArrayList<>();
		for (int week = 0; week < WEEKS; week++) {
			for (int h = 0; h < hours; h++) {
				double[] rates = model.hours().get(h).arrivals();
				double start = (week * hours + h) * 60.0;
				for (int k = 0; k < rates.length; k++) {
					if (rates[k] <= 0) {
						continue;
					}
					for (double t = exponential(random, 60 / rates[k]); t < 60; t += exponential(random, 60 / rates[k])) {
						arrivals.add(new Arrival(start + t, k, h, week == 1, model.kinds().get(k).priority()));
					}
				}
			}
		}
		arrivals.sort(Comparator.comparingDouble(Arrival::at));
		return arrivals;
	}

	private static double exponential(SplittableRandom random, double mean) {
		return -mean * Math.log(1 - random.nextDouble());
	}
}
