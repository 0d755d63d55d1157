package io.supportdesk.cases.web;

import java.util.Arrays;
import java.util.UUID;

import io.supportdesk.cases.CaseFilter;
import io.supportdesk.cases.CaseStatus;

/**
 * The filters of the case lists as GET parameters. They are read leniently: a value that does not
 * parse (an edited URL) is ignored rather than refused, so the list always shows.
 */
final class CaseFilters {

	private CaseFilters() {
	}

	/** The console's filters. */
	record ConsoleFilter(String status, String severity, String organisation, String team, String assignee,
			String language, String q) {

		CaseFilter toCaseFilter() {
			return new CaseFilter(uuid(organisation), null, parseStatus(status), parseSeverity(severity), uuid(assignee), uuid(team),
					language == null || language.isBlank() ? null : language.strip(), blankToNull(q), 200);
		}
	}

	/** The portal's filters: text and status. */
	record PortalFilter(String status, String q) {

		CaseFilter toCaseFilter() {
			return new CaseFilter(null, null, parseStatus(status), null, null, null, null, blankToNull(q), 200);
		}
	}

	static UUID uuid(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static CaseStatus parseStatus(String text) {
		return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(text)).findFirst().orElse(null);
	}

	static Integer parseSeverity(String text) {
		return text != null && text.matches("[1-4]") ? Integer.valueOf(text) : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
