package io.supportdesk.reporting.web;

import java.util.List;

import io.supportdesk.reporting.StaffingChange;
import io.supportdesk.shared.InvalidInput;

/**
 * The planning page's "what if" form, as sent: add {@code addAgents} agents on ISO day {@code addDay} from
 * local hour {@code addFrom} to {@code addTo}; all blank means the rota as it stands.
 */
record WhatIfRequest(String addDay, String addFrom, String addTo, String addAgents) {

	/** No change, or the one change the form describes (refused naming the form's field). */
	List<StaffingChange> read() {
		if (blank(addDay) && blank(addFrom) && blank(addTo) && blank(addAgents)) {
			return List.of();
		}
		Integer day = number("addDay", addDay);
		Integer from = number("addFrom", addFrom);
		Integer to = number("addTo", addTo);
		Integer agents = number("addAgents", addAgents);
		try {
			return List.of(StaffingChange.of("add", day, from, to, agents));
		}
		catch (InvalidInput ex) {
			// the form's own names: add.day -> addDay
			String part = ex.field().substring("add.".length());
			String field = switch (part) {
				case "day" -> "addDay";
				case "fromHour" -> "addFrom";
				case "toHour" -> "addTo";
				default -> "addAgents";
			};
			throw new InvalidInput(field, ex.refusal());
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Integer number(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "refusal.reporting.simulation.number");
		}
	}
}
