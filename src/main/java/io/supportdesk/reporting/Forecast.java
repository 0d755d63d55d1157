package io.supportdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The staffing forecast for one week (Monday to Sunday in {@code zone}): per local hour the arrivals expected
 * per plan × severity — learned per hour of the week from the {@code weeks} weeks before it, plus the extra
 * load learned from past exam windows for the windows booked in that hour — and the agents needed so that
 * {@code serviceLevel} of them is answered within the first-response target (Erlang C, the mix planned for
 * its tightest target share by share), beside the agents rostered.
 *
 * @param rostered where the rostered count comes from: {@code ONCALL_LEVEL_1} (the on-call rota's first level:
 *        1 where someone is on call; Supportdesk records no working hours of agents yet)
 * @param examWindowHours the hours of exam windows in the history the extra load was learned from
 */
public record Forecast(LocalDate weekOf, ZoneId zone, int weeks, double serviceLevel, String rostered,
		double examWindowHours, List<Group> groups, List<Hour> hours) {

	public Forecast {
		groups = List.copyOf(groups);
		hours = List.copyOf(hours);
	}

	/** A plan × severity the week expects cases of: its first-response target and its handle time. */
	public record Group(String plan, int severity, double targetMinutes, double handleMinutes) {
	}

	/**
	 * One local hour of the week.
	 *
	 * @param day ISO day of the week (1 Monday … 7 Sunday)
	 * @param hour the local hour of the day (0 to 23)
	 * @param loads the arrivals per plan × severity expected in it (only those above zero)
	 * @param needed the agents Erlang C asks for (0 when nothing is expected)
	 */
	public record Hour(Instant start, int day, int hour, List<Load> loads, double arrivals, int needed, int rostered) {

		public Hour {
			loads = List.copyOf(loads);
		}

		/** Agents missing (needed beyond rostered), 0 when covered. */
		public int shortfall() {
			return Math.max(0, needed - rostered);
		}
	}

	/**
	 * Arrivals of one plan × severity in one hour.
	 *
	 * @param arrivals from the same hour of the week in the history
	 * @param examArrivals the extra expected inside booked exam windows
	 */
	public record Load(String plan, int severity, double arrivals, double examArrivals) {

		public double total() {
			return arrivals + examArrivals;
		}
	}
}
