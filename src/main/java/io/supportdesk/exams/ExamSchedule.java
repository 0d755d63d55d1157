package io.supportdesk.exams;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;

/**
 * Upcoming exam coverage as people read it: an organisation's windows merged where they overlap, every
 * organisation's for staff, the expected load per hour against the staff's capacity, and both as
 * iCalendar feeds.
 */
@Service
@Transactional(readOnly = true)
public class ExamSchedule {

	/** How far ahead the pages and feeds look. */
	public static final Duration HORIZON = Duration.ofDays(400);

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final StaffLoad load;

	private final Clock clock;

	ExamSchedule(JdbcClient jdbc, AccountManagement accounts, StaffLoad load, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.load = load;
		this.clock = clock;
	}

	/** The organisation's coverage that has not ended, oldest first. */
	public List<CoveredWindow> upcoming(CurrentUser actor, OrganisationId organisation) {
		OrganisationSummary summary = accounts.organisation(actor, organisation);
		return covered(Map.of(organisation.value(), summary.name()), organisation);
	}

	/** Every organisation's coverage that has not ended; staff only. */
	public List<CoveredWindow> upcomingForStaff(CurrentUser actor) {
		requireStaff(actor);
		Map<UUID, String> names = new LinkedHashMap<>();
		accounts.organisations(actor).forEach(o -> names.put(o.id().value(), o.name()));
		return covered(names, null);
	}

	/** The hours from now on that hold at least one session, with their load. Staff only. */
	public List<HourLoad> load(CurrentUser actor, Duration ahead) {
		requireStaff(actor);
		Instant now = StaffLoad.hourOf(clock.instant());
		List<HourLoad> hours = new ArrayList<>();
		load.sessionsPerHour(now, now.plus(ahead)).forEach((hour, sessions) -> hours.add(new HourLoad(hour, sessions,
				load.capacity())));
		return hours;
	}

	/** How many organisations' sessions support covers at once. */
	public int capacity() {
		return load.capacity();
	}

	/** The organisation's upcoming coverage as an iCalendar feed. */
	public String feed(CurrentUser actor, OrganisationId organisation, String name, String summary) {
		return IcsFiles.feed(name, events(upcoming(actor, organisation), summary), clock.instant());
	}

	/** Every organisation's upcoming coverage as an iCalendar feed; staff only. */
	public String staffFeed(CurrentUser actor, String name, String summary) {
		return IcsFiles.feed(name, events(upcomingForStaff(actor), summary), clock.instant());
	}

	private static List<IcsFiles.FeedEvent> events(List<CoveredWindow> windows, String summary) {
		return windows.stream().map(w -> new IcsFiles.FeedEvent(uid(w), w.from(), w.to(),
				summary + ": " + w.organisationName(), null)).toList();
	}

	/** Stable across feeds while the window stays as it is. */
	private static String uid(CoveredWindow window) {
		return UUID.nameUUIDFromBytes((window.organisationId().value() + "/" + window.from() + "/" + window.to())
			.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@exams.supportdesk";
	}

	private List<CoveredWindow> covered(Map<UUID, String> names, OrganisationId only) {
		Instant now = clock.instant();
		Map<UUID, List<Span>> byOrganisation = new LinkedHashMap<>();
		String ofOne = only == null ? "" : " and organisation_id = :only";
		jdbc.sql("select organisation_id, starts_at, ends_at from exams_window where ends_at > :now and starts_at < :horizon"
				+ ofOne + " order by starts_at")
			.param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(HORIZON)))
			.param("only", only == null ? new UUID(0, 0) : only.value())
			.query((rs, n) -> Map.entry(rs.getObject("organisation_id", UUID.class),
					new Span(rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant())))
			.list().forEach(e -> byOrganisation.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		List<CoveredWindow> windows = new ArrayList<>();
		byOrganisation.forEach((organisation, spans) -> Span.merged(spans).forEach(span -> windows.add(new CoveredWindow(
				new OrganisationId(organisation), names.getOrDefault(organisation, "?"), span.from(), span.to()))));
		windows.sort(java.util.Comparator.comparing(CoveredWindow::from).thenComparing(CoveredWindow::organisationName));
		return windows;
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
	}
}
