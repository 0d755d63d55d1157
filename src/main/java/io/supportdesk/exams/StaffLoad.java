package io.supportdesk.exams;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.shared.Conflict;

/**
 * The expected load on support: per clock hour, how many organisations hold an exam window in it (an
 * organisation's overlapping windows are one session). A customer's booking that would lift an hour
 * above {@code supportdesk.exams.capacity-per-hour} is refused, naming the first such hour.
 */
@Component
class StaffLoad {

	/** An hour as it is named in a refusal: local, with its offset ({@code 2027-06-15T13:00+02:00}). */
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

	private final JdbcClient jdbc;

	private final ExamsSettings settings;

	StaffLoad(JdbcClient jdbc, ExamsSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	int capacity() {
		return settings.capacityPerHour();
	}

	/** Sessions per hour in {@code [from, to)}, hours with at least one session only. */
	Map<Instant, Integer> sessionsPerHour(Instant from, Instant to) {
		Map<Instant, Set<UUID>> organisations = new TreeMap<>();
		for (Row row : rows(from, to)) {
			for (Instant hour = hourOf(max(row.from(), from)); hour.isBefore(row.to()) && hour.isBefore(to);
					hour = hour.plus(1, ChronoUnit.HOURS)) {
				organisations.computeIfAbsent(hour, h -> new HashSet<>()).add(row.organisation());
			}
		}
		Map<Instant, Integer> load = new TreeMap<>();
		organisations.forEach((hour, orgs) -> load.put(hour, orgs.size()));
		return load;
	}

	/** Refuses {@code windows} of {@code organisation} if any hour they touch would exceed the capacity. */
	void requireRoom(OrganisationId organisation, List<Span> windows, ZoneId zone) {
		if (windows.isEmpty()) {
			return;
		}
		Instant from = windows.get(0).from();
		Instant to = windows.stream().map(Span::to).max(Instant::compareTo).orElseThrow();
		Map<Instant, Set<UUID>> others = new HashMap<>();
		Set<Instant> ownHours = new HashSet<>();
		for (Row row : rows(hourOf(from), to)) {
			for (Instant hour = hourOf(row.from()); hour.isBefore(row.to()); hour = hour.plus(1, ChronoUnit.HOURS)) {
				if (row.organisation().equals(organisation.value())) {
					ownHours.add(hour);
				}
				else {
					others.computeIfAbsent(hour, h -> new HashSet<>()).add(row.organisation());
				}
			}
		}
		for (Span window : windows) {
			for (Instant hour = hourOf(window.from()); hour.isBefore(window.to()); hour = hour.plus(1, ChronoUnit.HOURS)) {
				int sessions = others.getOrDefault(hour, Set.of()).size();
				if (!ownHours.contains(hour) && sessions + 1 > settings.capacityPerHour()) {
					throw new Conflict("from", "refusal.exams.booking.capacity",
							HOUR.format(hour.atZone(zone)),
							sessions, settings.capacityPerHour());
				}
			}
		}
	}

	private record Row(UUID organisation, Instant from, Instant to) {
	}

	private List<Row> rows(Instant from, Instant to) {
		return new ArrayList<>(jdbc.sql("""
				select organisation_id, starts_at, ends_at from exams_window
				where starts_at < :to and ends_at > :from order by starts_at""")
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new Row(rs.getObject("organisation_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant()))
			.list());
	}

	static Instant hourOf(Instant instant) {
		return instant.truncatedTo(ChronoUnit.HOURS);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
