package io.supportdesk.reporting;

import io.supportdesk.shared.InvalidInput;

/**
 * A "what if" for the simulation: {@code agents} more (or, negative, fewer) agents on duty on ISO day
 * {@code day} (1 Monday … 7 Sunday) from local hour {@code fromHour} up to, not including, {@code toHour}.
 * Moving agents is two changes: minus in one range, plus in another.
 */
public record StaffingChange(int day, int fromHour, int toHour, int agents) {

	/** The most agents one change may add or remove. */
	public static final int MAX_AGENTS = 1000;

	/**
	 * A change from the parts as sent, refused naming {@code field} (such as {@code changes[2]}) plus the part
	 * when one is missing or out of range.
	 */
	public static StaffingChange of(String field, Integer day, Integer fromHour, Integer toHour, Integer agents) {
		check(day != null && day >= 1 && day <= 7, field + ".day", "refusal.reporting.simulation.day");
		check(fromHour != null && fromHour >= 0 && fromHour <= 23, field + ".fromHour", "refusal.reporting.simulation.hour");
		check(toHour != null && toHour > fromHour && toHour <= 24, field + ".toHour", "refusal.reporting.simulation.toHour");
		check(agents != null && agents != 0 && Math.abs(agents) <= MAX_AGENTS, field + ".agents",
				"refusal.reporting.simulation.agents", MAX_AGENTS);
		return new StaffingChange(day, fromHour, toHour, agents);
	}

	/** Whether the change applies to local hour {@code hour} of ISO day {@code day}. */
	public boolean covers(int day, int hour) {
		return this.day == day && hour >= fromHour && hour < toHour;
	}

	private static void check(boolean valid, String field, String key, Object... arguments) {
		if (!valid) {
			throw new InvalidInput(field, key, arguments);
		}
	}
}
