package io.supportdesk.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.InvalidInput;

/**
 * The staffing planner's simulation: the week's {@link Forecast} (arrivals per hour of the week per plan ×
 * severity, the handle times, the agents rostered per hour — the same numbers as the heat map) played through
 * a discrete-event simulation ({@link QueueSimulation}) with the rota as it stands, or changed by "what if"
 * {@link StaffingChange}s. Severity 1 is answered first, then 2, 3, 4, first come first served within one.
 * Repeatable: the same week, changes, seed and replications give the same answer.
 */
@Service
public class Simulations {

	/** The seed when none is given: the answer is repeatable unless asked otherwise. */
	public static final long DEFAULT_SEED = 1;

	/** Replications when none are given. */
	public static final int DEFAULT_REPLICATIONS = 20;

	/** The most replications one request may ask for. */
	public static final int MAX_REPLICATIONS = 200;

	/** The most changes one request may carry. */
	public static final int MAX_CHANGES = 168;

	private final Forecasts forecasts;

	private final Clock clock;

	Simulations(Forecasts forecasts, Clock clock) {
		this.forecasts = forecasts;
		this.clock = clock;
	}

	/**
	 * What a simulation is asked: the week holding {@code weekOf} (null: today in {@code zone}), the seed and
	 * replications (null: the defaults) and the changes to the rota.
	 */
	public record Query(LocalDate weekOf, ZoneId zone, Long seed, Integer replications, List<StaffingChange> changes) {

		public Query {
			changes = changes == null ? List.of() : List.copyOf(changes);
		}
	}

	/** Simulates the week (managers and team leads, as the forecast); bad replications or changes are refused. */
	public Simulation simulate(CurrentUser actor, Query query) {
		int replications = query.replications() == null ? DEFAULT_REPLICATIONS : query.replications();
		if (replications < 1 || replications > MAX_REPLICATIONS) {
			throw new InvalidInput("replications", "refusal.reporting.limit.invalid", MAX_REPLICATIONS);
		}
		if (query.changes().size() > MAX_CHANGES) {
			throw new InvalidInput("changes", "refusal.reporting.simulation.changes", MAX_CHANGES);
		}
		long seed = query.seed() == null ? DEFAULT_SEED : query.seed();
		LocalDate weekOf = query.weekOf() == null ? LocalDate.ofInstant(clock.instant(), query.zone()) : query.weekOf();
		Forecast forecast = forecasts.forecast(actor, weekOf, query.zone(), null);
		return simulate(forecast, query.changes(), seed, replications);
	}

	/** The simulation of a forecast with the changes (no access check: the forecast was read already). */
	static Simulation simulate(Forecast forecast, List<StaffingChange> changes, long seed, int replications) {
		List<QueueSimulation.Kind> kinds = forecast.groups().stream()
			.map(g -> new QueueSimulation.Kind(g.targetMinutes(), g.handleMinutes(), g.severity()))
			.toList();
		List<Integer> agents = new ArrayList<>();
		List<QueueSimulation.Hour> hours = new ArrayList<>();
		for (Forecast.Hour h : forecast.hours()) {
			int onDuty = h.rostered();
			for (StaffingChange change : changes) {
				onDuty += change.covers(h.day(), h.hour()) ? change.agents() : 0;
			}
			onDuty = Math.max(0, onDuty);
			agents.add(onDuty);
			double[] rates = new double[kinds.size()];
			for (Forecast.Load load : h.loads()) {
				rates[index(forecast, load.plan(), load.severity())] = load.total();
			}
			hours.add(new QueueSimulation.Hour(onDuty, rates));
		}
		QueueSimulation.Outcome outcome = QueueSimulation.run(new QueueSimulation.Model(kinds, hours), seed, replications);
		List<Simulation.Attainment> attainment = new ArrayList<>();
		for (int k = 0; k < kinds.size(); k++) {
			Forecast.Group g = forecast.groups().get(k);
			long arrived = outcome.arrivedByKind()[k];
			long inTime = outcome.inTimeByKind()[k];
			attainment.add(new Simulation.Attainment(g.plan(), g.severity(), g.targetMinutes(), g.handleMinutes(),
					arrived / (double) replications, inTime / (double) replications,
					arrived == 0 ? null : QueueSimulation.Outcome.share(inTime, arrived)));
		}
		List<Simulation.ShortHour> shortHours = new ArrayList<>();
		for (int i = 0; i < forecast.hours().size(); i++) {
			long arrived = outcome.arrivedByHour()[i];
			double share = QueueSimulation.Outcome.share(outcome.inTimeByHour()[i], arrived);
			if (arrived > 0 && share < forecast.serviceLevel()) {
				Forecast.Hour h = forecast.hours().get(i);
				shortHours.add(new Simulation.ShortHour(h.start(), h.day(), h.hour(), agents.get(i), h.needed(),
						arrived / (double) replications, share));
			}
		}
		return new Simulation(forecast.weekOf(), forecast.zone(), seed, replications, forecast.serviceLevel(),
				forecast.rostered(), changes, attainment, shortHours);
	}

	private static int index(Forecast forecast, String plan, int severity) {
		for (int k = 0; k < forecast.groups().size(); k++) {
			Forecast.Group g = forecast.groups().get(k);
			if (g.plan().equals(plan) && g.severity() == severity) {
				return k;
			}
		}
		throw new IllegalStateException("no group " + plan + " " + severity);
	}
}
