package io.supportdesk.exams;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.NotFound;

/**
 * Exam coverage bookings: on demand, monthly and annual ({@link ExamBookingMode}). A booking produces
 * exam windows in the window store of {@link ExamCoverage}, so the SLA clocks follow it. Customer
 * admins of organisations whose plan covers exam sessions book within their plan's
 * {@link ExamBookingRules} and the staff's capacity per hour, and cancel up to the cut-off; managers
 * and operations may book and cancel anything (staff may record any window).
 */
@Service
@Transactional
public class ExamBookingManagement {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final BookingPlanner planner;

	private final BookingRuleBook rules;

	private final PlanCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExamBookingManagement(JdbcClient jdbc, AccountManagement accounts, BookingPlanner planner, BookingRuleBook rules,
			PlanCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.planner = planner;
		this.rules = rules;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	/** Books {@code request} for the organisation; the answer holds the windows it produced. */
	public ExamBooking book(CurrentUser actor, OrganisationId organisation, ExamBookingRequest request) {
		OrganisationSummary summary = accounts.organisation(actor, organisation);
		requireBooker(actor);
		return store(actor, planner.plan(actor, summary, request));
	}

	/** Books an annual contract from an iCalendar file of the exam schedule (twelve months from its first event). */
	public ExamBooking importCalendar(CurrentUser actor, OrganisationId organisation, String zone, String ics) {
		OrganisationSummary summary = accounts.organisation(actor, organisation);
		requireBooker(actor);
		return store(actor, planner.planImport(actor, summary, zone, ics));
	}

	/** The organisation's bookings, newest first, each with its windows. */
	@Transactional(readOnly = true)
	public List<ExamBooking> bookings(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
		Map<UUID, List<ExamWindow>> windows = windowsByBooking(organisation);
		return jdbc.sql("select * from exams_booking where organisation_id = :organisation order by booked_at desc, id")
			.param("organisation", organisation.value())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Timestamp cancelled = rs.getTimestamp("cancelled_at");
				return new ExamBooking(id, organisation, ExamBookingMode.valueOf(rs.getString("mode")), rs.getString("zone"),
						rs.getString("rule"), rs.getTimestamp("booked_at").toInstant(), rs.getString("booked_by"),
						cancelled == null ? null : cancelled.toInstant(), windows.getOrDefault(id, List.of()));
			})
			.list();
	}

	/** One booking of the organisation. */
	@Transactional(readOnly = true)
	public ExamBooking booking(CurrentUser actor, OrganisationId organisation, UUID id) {
		return bookings(actor, organisation).stream().filter(b -> b.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFound("refusal.notFound.examBooking"));
	}

	/**
	 * Cancels a booking: its windows that start later than the cut-off (for customers) or that have not
	 * started (for staff) are removed; windows within the cut-off stay. Refused when none could go.
	 */
	public ExamBooking cancel(CurrentUser actor, OrganisationId organisation, UUID id) {
		requireBooker(actor);
		ExamBooking booking = booking(actor, organisation, id);
		if (booking.cancelledAt() != null) {
			throw new Conflict("bookingId", "refusal.exams.booking.cancelled");
		}
		Instant now = clock.instant();
		Instant earliest = actor.isCustomer() ? now.plus(planner.rulesOf(organisation, now).cancellationCutoff()) : now;
		List<ExamWindow> going = booking.windows().stream().filter(w -> !w.from().isBefore(earliest)).toList();
		if (going.isEmpty()) {
			throw new Conflict("bookingId", "refusal.exams.booking.cutoff",
					planner.rulesOf(organisation, now).cancellationCutoff().toHours());
		}
		jdbc.sql("delete from exams_window where booking_id = :id and starts_at >= :earliest").param("id", id)
			.param("earliest", Timestamp.from(earliest)).update();
		jdbc.sql("update exams_booking set cancelled_at = :now where id = :id").param("id", id)
			.param("now", Timestamp.from(now)).update();
		events.publishEvent(new ExamWindowsChanged(organisation, going.get(0).from(), going.get(going.size() - 1).to()));
		return booking(actor, organisation, id);
	}

	/**
	 * Changes a booking: cancels it as {@link #cancel} does and books {@code request} in its place, in one
	 * transaction, so a refused new booking leaves the old one as it was.
	 */
	public ExamBooking change(CurrentUser actor, OrganisationId organisation, UUID id, ExamBookingRequest request) {
		cancel(actor, organisation, id);
		return book(actor, organisation, request);
	}

	/** A plan's booking rules (its own, or the defaults). */
	@Transactional(readOnly = true)
	public ExamBookingRules rules(PlanCode plan) {
		requirePlan(plan);
		return rules.of(plan);
	}

	/** Sets a plan's booking rules; managers only. */
	public ExamBookingRules updateRules(CurrentUser actor, PlanCode plan, ExamBookingRules changed) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Support managers set the exam booking rules");
		}
		requirePlan(plan);
		rules.save(plan, changed, clock.instant(), actor.email());
		return rules.of(plan);
	}

	/** The plan whose exam booking rules apply to the organisation now, and those rules, if it books at all. */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<String, ExamBookingRules>> rulesFor(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
		return planner.examPlan(organisation, clock.instant())
			.map(plan -> Map.entry(plan.name(), rules.of(plan.code())));
	}

	/** The organisation's time zone, where its bookings are read by default. */
	@Transactional(readOnly = true)
	public String zoneOf(CurrentUser actor, OrganisationId organisation) {
		return accounts.organisation(actor, organisation).timeZone().getId();
	}

	/** Which organisation a booking belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID id) {
		return jdbc.sql("select organisation_id from exams_booking where id = :id").param("id", id).query(UUID.class)
			.optional().map(OrganisationId::new);
	}

	private ExamBooking store(CurrentUser actor, BookingPlanner.Planned planned) {
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into exams_booking (id, organisation_id, mode, zone, rule, booked_at, booked_by)
				values (:id, :organisation, :mode, :zone, :rule, :now, :by)""")
			.param("id", id).param("organisation", planned.organisation().value()).param("mode", planned.mode().name())
			.param("zone", planned.zone().getId()).param("rule", planned.rule()).param("now", Timestamp.from(now))
			.param("by", actor.email()).update();
		for (Span window : planned.windows()) {
			jdbc.sql("""
					insert into exams_window (id, organisation_id, starts_at, ends_at, booked_at, booked_by, booking_id)
					values (:window, :organisation, :from, :to, :now, :by, :booking)""")
				.param("window", UUID.randomUUID()).param("organisation", planned.organisation().value())
				.param("from", Timestamp.from(window.from())).param("to", Timestamp.from(window.to()))
				.param("now", Timestamp.from(now)).param("by", actor.email()).param("booking", id).update();
		}
		List<Span> windows = planned.windows();
		events.publishEvent(new ExamWindowsChanged(planned.organisation(), windows.get(0).from(),
				windows.get(windows.size() - 1).to()));
		return booking(actor, planned.organisation(), id);
	}

	private Map<UUID, List<ExamWindow>> windowsByBooking(OrganisationId organisation) {
		return jdbc.sql("""
				select * from exams_window where organisation_id = :organisation and booking_id is not null
				order by starts_at""")
			.param("organisation", organisation.value())
			.query((rs, n) -> Map.entry(rs.getObject("booking_id", UUID.class),
					new ExamWindow(rs.getObject("id", UUID.class), organisation, rs.getTimestamp("starts_at").toInstant(),
							rs.getTimestamp("ends_at").toInstant(), rs.getTimestamp("booked_at").toInstant())))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private void requirePlan(PlanCode plan) {
		if (catalogue.plan(plan, clock.instant()).isEmpty()) {
			throw new NotFound("refusal.notFound.plan");
		}
	}

	static void requireBooker(CurrentUser actor) {
		if (!actor.has(Role.CUSTOMER_ADMIN) && !actor.has(Role.MANAGER) && !actor.has(Role.OPERATIONS)) {
			throw new AccessDeniedException("Customer admins, managers and operations book exam coverage");
		}
	}
}
