package io.supportdesk.exams;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;

/**
 * The {@code demo} profile's exam bookings of Northwind Exams (Proctored exam 24x7), made through
 * {@link ExamBookingManagement}, in the organisation's zone (Europe/London): next month every Tuesday
 * and Thursday 08:00–14:00 (monthly), and one on-demand window on the Wednesday two weeks from now,
 * 09:00–17:00. The bare
 * windows of {@code DemoExamWindows} stay as they are (the demo cases lie inside them). Loaded once.
 */
@Component
@Profile("demo")
@Order(26)
class DemoExamBookings implements ApplicationRunner {

	private final AccountManagement accounts;

	private final ExamBookingManagement bookings;

	private final Clock clock;

	DemoExamBookings(AccountManagement accounts, ExamBookingManagement bookings, Clock clock) {
		this.accounts = accounts;
		this.bookings = bookings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser system = CurrentUser.system();
		accounts.organisations(system).stream().filter(o -> o.name().equals("Northwind Exams"))
			.filter(o -> bookings.bookings(system, o.id()).isEmpty()).findFirst().ifPresent(organisation -> {
				var northwind = organisation.id();
				ZoneId zone = organisation.timeZone();
				LocalDate today = LocalDate.now(clock.withZone(zone));
				LocalDate firstOfNextMonth = YearMonth.from(today).plusMonths(1).atDay(1);
				LocalDate firstTuesdayOrThursday = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY).stream()
					.map(day -> firstOfNextMonth.with(TemporalAdjusters.nextOrSame(day))).min(LocalDate::compareTo)
					.orElseThrow();
				bookings.book(system, northwind, ExamBookingRequest.pattern(ExamBookingMode.MONTHLY, zone.getId(),
						"FREQ=WEEKLY;BYDAY=TU,TH", firstTuesdayOrThursday.atTime(LocalTime.of(8, 0)), 6 * 60, null, List.of()));
				LocalDate wednesday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
				bookings.book(system, northwind, ExamBookingRequest.onDemand(zone.getId(),
						wednesday.atTime(9, 0).atZone(zone).toInstant(), wednesday.atTime(17, 0).atZone(zone).toInstant()));
			});
	}
}
