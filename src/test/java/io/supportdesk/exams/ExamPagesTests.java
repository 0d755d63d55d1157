package io.supportdesk.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** The portal's booking page and the console's staffing calendar. */
@SupportdeskTest
class ExamPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	@Autowired
	ExamBookingManagement bookings;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-12-02T09:00:00Z"));
	}

	@Test
	void aProctoredAdminBooksAMonthlyPatternAndSeesItsWindowsAndTheStaffSeeTheLoad() {
		// Tuesdays and Thursdays of May 2027, 08:00–14:00 Berlin time: 4, 6, 11, 13, 18, 20, 25 and 27 May.
		AccountFixtures.Tenant tenant = proctored();
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());
		assertThat(admin.get("/portal/exams").body()).contains("id=\"exam-rules\"").contains("2 business days ahead")
			.contains("720 min").contains("24 h before a window").contains("id=\"book-monthly\"");

		HttpResponse<String> booked = admin.form("/portal/exams", "/portal/exams/bookings", Map.of("mode", "MONTHLY", "zone",
				"Europe/Berlin", "rrule", "FREQ=WEEKLY;BYDAY=TU,TH", "start", "2027-05-04T08:00", "durationMinutes", "360",
				"until", "", "exdates", ""));

		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(302);
		String page = admin.get("/portal/exams").body();
		assertThat(page).contains("Booked.").contains("FREQ=WEEKLY;BYDAY=TU,TH");
		assertThat(page.split("May 2027", -1).length - 1).as(page).isGreaterThanOrEqualTo(8);
		String staffing = WebSession.signIn(port, accounts.staff(Role.AGENT).email()).get("/console/exams").body();
		assertThat(staffing).contains("id=\"exam-load-table\"").contains("id=\"exam-calendar-table\"")
			.contains("Org " + tenant.adminEmail().substring(6, 14));
	}

	@Test
	void aRefusedBookingIsNamedOnThePageInTheReadersLanguage() {
		AccountFixtures.Tenant tenant = proctored();
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());

		HttpResponse<String> refused = admin.form("/portal/exams?lang=de", "/portal/exams/bookings", Map.of("mode",
				"MONTHLY", "zone", "Europe/Berlin", "rrule", "FREQ=WEEKLY;BYDAY=TU", "start", "2026-12-08T08:00",
				"durationMinutes", "60"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"exams-refusal\"").contains("start: ")
			.contains("ein Monatsmuster wird vor Beginn seines Monats gebucht");
	}

	@Test
	void anAdminChangesABookingOnItsFormFilledInFromItAndARefusedChangeKeepsTheOldOne() {
		// booked on Wednesday 2 Dec 2026 for Wednesday 20 Jan 2027, 09:00–17:00 Berlin time (08:00–16:00 UTC)
		AccountFixtures.Tenant tenant = proctored();
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());
		admin.form("/portal/exams", "/portal/exams/bookings", Map.of("mode", "ON_DEMAND", "zone", "Europe/Berlin", "from",
				"2027-01-20T09:00", "to", "2027-01-20T17:00"));
		ExamBooking booked = bookings.bookings(accounts.as(tenant.adminId()), tenant.id()).get(0);
		String change = "/portal/exams/bookings/" + booked.id() + "/change";
		assertThat(admin.get("/portal/exams").body()).contains(change);

		String form = admin.get(change).body();
		assertThat(form).contains("id=\"change-booking\"").contains("value=\"2027-01-20T09:00\"").contains("value=\"2027-01-20T17:00\"");

		// 13 hours is longer than the plan's 12: refused on the form, the booking as it was
		HttpResponse<String> refused = admin.form(change, change, Map.of("zone", "Europe/Berlin", "from", "2027-01-20T06:00",
				"to", "2027-01-20T19:00"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"exams-refusal\"").contains("value=\"2027-01-20T06:00\"");
		assertThat(bookings.bookings(accounts.as(tenant.adminId()), tenant.id())).singleElement()
			.satisfies(kept -> assertThat(kept.cancelledAt()).isNull());

		// moved an hour later: 10:00–18:00 Berlin, 09:00–17:00 UTC; the old booking cancelled, the new one holds the window
		HttpResponse<String> changed = admin.form(change, change, Map.of("zone", "Europe/Berlin", "from", "2027-01-20T10:00",
				"to", "2027-01-20T18:00"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(admin.get("/portal/exams").body()).contains("Changed; windows within the cut-off stay.");
		assertThat(bookings.bookings(accounts.as(tenant.adminId()), tenant.id()).stream().filter(b -> b.cancelledAt() == null)
			.flatMap(b -> b.windows().stream()).map(w -> w.from() + "/" + w.to()))
			.containsExactly("2027-01-20T09:00:00Z/2027-01-20T17:00:00Z");
	}

	@Test
	void aPlanWithoutExamCoverageSaysSo() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2029-01-01T00:00:00Z"));

		String page = WebSession.signIn(port, tenant.adminEmail()).get("/portal/exams").body();

		assertThat(page).contains("Your plan does not cover exam sessions").doesNotContain("id=\"book-monthly\"");
	}

	private AccountFixtures.Tenant proctored() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PROCTORED_EXAM_24X7, Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2029-01-01T00:00:00Z"));
		return tenant;
	}
}
