package io.supportdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The simulated first-response attainment of a forecast week with the rota as it stands (plus any "what if"
 * changes): {@code replications} runs of {@link Simulations}' discrete-event simulation from {@code seed}.
 *
 * @param rostered where the agents on duty come from (as {@link Forecast#rostered()}), before the changes
 * @param attainment per plan × severity with arrivals in the week
 * @param shortfallHours the hours of the week with arrivals whose cases are answered in time less often than
 *        {@code serviceLevel}
 */
public record Simulation(LocalDate weekOf, ZoneId zone, long seed, int replications, double serviceLevel,
		String rostered, List<StaffingChange> changes, List<Attainment> attainment, List<ShortHour> shortfallHours) {

	public Simulation {
		changes = List.copyOf(changes);
		attainment = List.copyOf(attainment);
		shortfallHours = List.copyOf(shortfallHours);
	}

	/**
	 * One plan × severity over the week.
	 *
	 * @param arrivals the cases arriving in the week, averaged over the replications
	 * @param answeredInTime of those, answered within the target, averaged
	 * @param attainment answered in time / arrived (null where nothing arrived in any replication)
	 */
	public record Attainment(String plan, int severity, double targetMinutes, double handleMinutes, double arrivals,
			double answeredInTime, Double attainment) {
	}

	/**
	 * An hour of the week that falls short.
	 *
	 * @param agents the agents on duty in the simulation (rostered plus the changes)
	 * @param needed the agents Erlang C asks for (as in the forecast)
	 * @param arrivals the cases arriving in the hour, averaged over the replications
	 * @param attainment the share of them answered in time
	 */
	public record ShortHour(Instant start, int day, int hour, int agents, int needed, double arrivals, double attainment) {
	}
}
