package io.supportdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import io.supportdesk.accounts.OrganisationId;

/**
 * What a volume report covers: the cases opened from {@code from} to {@code to} (both dates included, as
 * local dates in {@code zone}), counted per {@code period}, and split by {@code dimension} where given.
 *
 * @param dimension null: per period only
 * @param organisation only this organisation's cases; null: every organisation's
 */
public record VolumeQuery(LocalDate from, LocalDate to, ZoneId zone, Period period, Dimension dimension,
		OrganisationId organisation) {

	public VolumeQuery {
		Objects.requireNonNull(from);
		Objects.requireNonNull(to);
		Objects.requireNonNull(zone);
		Objects.requireNonNull(period);
	}

	/** The first instant covered: local midnight starting {@code from}. */
	public Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first instant no longer covered: local midnight after {@code to}. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** What the cases of a period are split by. */
	public enum Dimension {

		CHANNEL("channel"), LANGUAGE("language"), PRODUCT("product"), ORGANISATION("organisation_id"), SEVERITY("severity");

		private final String column;

		Dimension(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}
	}
}
