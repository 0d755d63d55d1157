package io.supportdesk.reporting.web;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import io.supportdesk.reporting.Period;
import io.supportdesk.reporting.SlaReportQuery;
import io.supportdesk.reporting.VolumeQuery;
import io.supportdesk.shared.InvalidInput;

/**
 * The query parameters of the volume report, as sent; {@link #query} reads them and refuses a bad one
 * naming it. Everything optional: the last three months, Europe/Berlin, per month, not split.
 */
record VolumeRequest(
		@Schema(description = "First day (yyyy-MM-dd, in the zone), included", example = "2026-09-01") String from,
		@Schema(description = "Last day (yyyy-MM-dd, in the zone), included", example = "2026-11-30") String to,
		@Schema(description = "Zone of the period boundaries (a region name)", example = "Europe/Berlin") String zone,
		@Schema(description = "At most one of channel, language, product, organisation, severity, and one of day, "
				+ "week, month; comma-separated", example = "channel,week") String groupBy,
		@Schema(description = "Only this organisation's cases (its id)") String organisation,
		@Schema(description = "With no period in groupBy: day, week or month", example = "week") String period) {

	VolumeQuery query(Clock clock) {
		// the range and the zone read as the SLA report reads them
		SlaReportQuery range = new ReportRequest(from, to, zone, null, null, null, null, null, null, null, null, null)
			.query(clock);
		Period chosen = null;
		VolumeQuery.Dimension dimension = null;
		if (groupBy != null && !groupBy.isBlank()) {
			Set<String> parts = new LinkedHashSet<>();
			for (String part : groupBy.split(",")) {
				if (!part.isBlank() && !parts.add(part.trim().toUpperCase(Locale.ROOT))) {
					throw new InvalidInput("groupBy", "refusal.reporting.volume.groupBy");
				}
			}
			for (String part : parts) {
				if (part.equals("DAY") || part.equals("WEEK") || part.equals("MONTH")) {
					if (chosen != null) {
						throw new InvalidInput("groupBy", "refusal.reporting.volume.groupBy");
					}
					chosen = Period.valueOf(part);
				}
				else {
					if (dimension != null) {
						throw new InvalidInput("groupBy", "refusal.reporting.volume.groupBy");
					}
					dimension = dimension(part);
				}
			}
		}
		if (chosen == null) {
			chosen = period == null || period.isBlank() ? Period.MONTH : period(period);
		}
		return new VolumeQuery(range.from(), range.to(), range.zone(), chosen, dimension,
				organisation == null || organisation.isBlank() ? null
						: io.supportdesk.accounts.OrganisationId.parse(organisation.trim(), "organisation"));
	}

	private static VolumeQuery.Dimension dimension(String text) {
		try {
			return VolumeQuery.Dimension.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("groupBy", "refusal.reporting.volume.groupBy");
		}
	}

	private static Period period(String text) {
		try {
			return Period.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("period", "refusal.reporting.groupBy.invalid");
		}
	}
}
