package io.supportdesk.exams;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.calendars.BusinessCalendar;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Entitlements;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Booked exam windows. Customer admins of organisations whose plan covers exam sessions book windows
 * within the plan's rules (length, lead time) and cancel windows that have not started; staff may
 * record any window, past ones too (migrations); the SLA clocks of affected cases follow.
 */
@Service
@Transactional
public class ExamCoverage {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntitlementCheck entitlements;

	private final CalendarManagement calendars;

	private final BookingPlanner planner;

	ExamCoverage(JdbcClient jdbc, AccountManagement accounts, ApplicationEventPublisher events, Clock clock,
			EntitlementCheck entitlements, CalendarManagement calendars, BookingPlanner planner) {
		this.entitlements = entitlements;
		this.calendars = calendars;
		this.planner = planner;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Books a window. A customer admin books for an organisation whose plan covers exam sessions (else
	 * 403 naming the plans that do), within its plan's {@link ExamBookingRules} (at most the maximum
	 * length, at least the lead time in business days ahead on the plan's calendar); staff may record any
	 * window, past ones too (migrations). The same as an {@code ON_DEMAND} booking without the capacity
	 * check: the window belongs to no booking.
	 */
	public ExamWindow book(CurrentUser actor, OrganisationId organisation, Instant from, Instant to) {
		accounts.organisation(actor, organisation);
		requireBooker(actor);
		if (!from.isBefore(to)) {
			throw new InvalidInput("to", "refusal.exams.window.endBeforeStart");
		}
		Instant now = clock.instant();
		if (actor.isCustomer()) {
			requireCustomerRules(organisation, from, to, now);
		}
		ExamWindow window = new ExamWindow(UUID.randomUUID(), organisation, from, to, now);
		jdbc.sql("""
				insert into exams_window (id, organisation_id, starts_at, ends_at, booked_at, booked_by)
				values (:id, :organisation, :from, :to, :now, :by)""")
			.param("id", window.id()).param("organisation", organisation.value()).param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to)).param("now", Timestamp.from(now)).param("by", actor.email()).update();
		events.publishEvent(new ExamWindowsChanged(organisation, from, to));
		return window;
	}

	/** Cancels a window; customers only up to their plan's cut-off before it starts. */
	public void cancel(CurrentUser actor, OrganisationId organisation, UUID id) {
		accounts.organisation(actor, organisation);
		requireBooker(actor);
		ExamWindow window = windowsOf(organisation).stream().filter(w -> w.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFound("refusal.notFound.examWindow"));
		if (actor.isCustomer() && !window.from().isAfter(clock.instant())) {
			throw new InvalidInput("windowId", "refusal.exams.window.started");
		}
		if (actor.isCustomer()) {
			java.time.Duration cutoff = planner.rulesOf(organisation, clock.instant()).cancellationCutoff();
			if (window.from().isBefore(clock.instant().plus(cutoff))) {
				throw new io.supportdesk.shared.Conflict("windowId", "refusal.exams.booking.cutoff", cutoff.toHours());
			}
		}
		jdbc.sql("delete from exams_window where id = :id").param("id", id).update();
		events.publishEvent(new ExamWindowsChanged(organisation, window.from(), window.to()));
	}

	@Transactional(readOnly = true)
	public List<ExamWindow> windows(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
		return windowsOf(organisation);
	}

	/** The organisation's windows, oldest first (for the SLA calendars; no access rules). */
	@Transactional(readOnly = true)
	public List<ExamWindow> windowsOf(OrganisationId organisation) {
		return jdbc.sql("select * from exams_window where organisation_id = :organisation order by starts_at")
			.param("organisation", organisation.value())
			.query((rs, n) -> new ExamWindow(rs.getObject("id", UUID.class), organisation,
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getTimestamp("booked_at").toInstant()))
			.list();
	}

	/** Which organisation a window belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID id) {
		return jdbc.sql("select organisation_id from exams_window where id = :id").param("id", id).query(UUID.class)
			.optional().map(OrganisationId::new);
	}

	private void requireCustomerRules(OrganisationId organisation, Instant from, Instant to, Instant now) {
		if (!from.isAfter(now)) {
			throw new InvalidInput("from", "refusal.exams.window.past");
		}
		Entitlements entitlements = this.entitlements.of(organisation, now);
		entitlements.requireExamSessions();
		ExamBookingRules rules = planner.rulesOf(organisation, now);
		if (Duration.between(from, to).compareTo(rules.maxWindowLength()) > 0) {
			throw new InvalidInput("to", "refusal.exams.window.tooLong", hours(rules.maxWindowLength()));
		}
		BusinessCalendar hours = calendars.businessCalendar(entitlements.examSessionCalendar().orElseThrow());
		Instant earliest = hours.addBusinessDays(now, rules.leadBusinessDays());
		if (from.isBefore(earliest)) {
			throw new InvalidInput("from", "refusal.exams.window.leadTime", rules.leadBusinessDays(), earliest);
		}
	}

	static String hours(Duration length) {
		return length.toMinutesPart() == 0 ? length.toHours() + " h" : length.toMinutes() + " min";
	}

	private static void requireBooker(CurrentUser actor) {
		if (!actor.has(Role.CUSTOMER_ADMIN) && !actor.has(Role.MANAGER) && !actor.has(Role.OPERATIONS)) {
			throw new AccessDeniedException("Customer admins, managers and operations book exam windows");
		}
	}
}
