package io.supportdesk.exams;

import static java.time.DayOfWeek.SATURDAY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;

/**
 * The {@code demo} profile's exam windows of Northwind Exams (Proctored exam 24x7), recorded by staff:
 * a Saturday exam session three weeks before the first start (08:00–16:00 Europe/Berlin, outside
 * business hours: only the window gives its cases 24x7 targets), today's exam day running from 6 h
 * before to 6 h after the first start, and next Saturday's session. The demo cases
 * ({@code cases.DemoCases}) put Northwind cases inside the first two. Loaded once, before the cases.
 */
@Component
@Profile("demo")
@Order(25)
class DemoExamWindows implements ApplicationRunner {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalTime SESSION_START = LocalTime.of(8, 0);

	private static final Duration SESSION = Duration.ofHours(8);

	private static final Duration EXAM_DAY_HALF = Duration.ofHours(6);

	private final AccountManagement accounts;

	private final ExamCoverage coverage;

	private final Clock clock;

	DemoExamWindows(AccountManagement accounts, ExamCoverage coverage, Clock clock) {
		this.accounts = accounts;
		this.coverage = coverage;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser system = CurrentUser.system();
		accounts.organisations(system).stream().filter(o -> o.name().equals("Northwind Exams"))
			.map(OrganisationSummary::id).filter(northwind -> coverage.windowsOf(northwind).isEmpty())
			.findFirst().ifPresent(northwind -> {
				Instant now = clock.instant();
				LocalDate today = LocalDate.now(clock.withZone(BERLIN));
				session(system, northwind, today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(SATURDAY)));
				coverage.book(system, northwind, now.minus(EXAM_DAY_HALF), now.plus(EXAM_DAY_HALF));
				session(system, northwind, today.with(TemporalAdjusters.next(SATURDAY)));
			});
	}

	private void session(CurrentUser system, OrganisationId northwind, LocalDate day) {
		Instant from = day.atTime(SESSION_START).atZone(BERLIN).toInstant();
		coverage.book(system, northwind, from, from.plus(SESSION));
	}
}
