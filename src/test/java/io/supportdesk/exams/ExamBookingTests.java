package io.supportdesk.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * A customer cannot give themselves 24x7 coverage: only organisations whose plan covers exam sessions
 * book windows, at most 12 h long and at least 2 business days ahead; staff may record any window.
 */
@SupportdeskTest
class ExamBookingTests {

	/** Wednesday 2 December 2026, 10:00 CET. */
	private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(NOW);
	}

	@Test
	void organisationsWhosePlanDoesNotCoverExamSessionsCannotBook() {
		for (PlanCode plan : new PlanCode[] { PlanCode.STANDARD, PlanCode.PREMIER }) {
			AccountFixtures.Tenant tenant = tenant(plan);

			Http.Response refused = book(tenant, "2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z");

			assertThat(refused.status()).as(plan + ": " + refused).isEqualTo(403);
			assertThat(refused.json().get("entitlement").asString()).isEqualTo("EXAM_SESSIONS");
			assertThat(refused.json().get("detail").asString()).contains("Proctored exam 24x7");
			assertThat(windows(tenant)).isZero();
		}
	}

	@Test
	void aWindowLongerThanTwelveHoursIsRefused() {
		AccountFixtures.Tenant tenant = tenant(PlanCode.PROCTORED_EXAM_24X7);

		Http.Response refused = book(tenant, "2026-12-10T06:00:00Z", "2026-12-10T18:00:01Z");
		Http.Response booked = book(tenant, "2026-12-10T06:00:00Z", "2026-12-10T18:00:00Z");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		assertThat(windows(tenant)).isOne();
	}

	@Test
	void aWindowMustStartTwoBusinessDaysAhead() {
		// Two business days after Wednesday 10:00 CET on the standard hours: Friday 4 December, 10:00 CET
		// (09:00Z). A window from 09:59 CET that Friday is too soon; one from 10:00 CET is not.
		AccountFixtures.Tenant tenant = tenant(PlanCode.PROCTORED_EXAM_24X7);

		Http.Response tooSoon = book(tenant, "2026-12-04T08:59:00Z", "2026-12-04T12:00:00Z");
		Http.Response inTime = book(tenant, "2026-12-04T09:00:00Z", "2026-12-04T12:00:00Z");

		assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(400);
		assertThat(tooSoon.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
		assertThat(tooSoon.json().get("detail").asString()).contains("2 business days");
		assertThat(inTime.status()).as(inTime.toString()).isEqualTo(201);
	}

	@Test
	void staffMayRecordAnyWindow() {
		AccountFixtures.Tenant tenant = tenant(PlanCode.STANDARD);
		Http operations = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD);

		Http.Response recorded = operations.post("/api/organisations/" + tenant.id() + "/exam-windows",
				Map.of("from", "2026-12-01T00:00:00Z", "to", "2026-12-03T00:00:00Z"));

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
	}

	private AccountFixtures.Tenant tenant(PlanCode plan) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), plan, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
		return tenant;
	}

	private Http.Response book(AccountFixtures.Tenant tenant, String from, String to) {
		return Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/exam-windows", Map.of("from", from, "to", to));
	}

	private int windows(AccountFixtures.Tenant tenant) {
		return Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.get("/api/organisations/" + tenant.id() + "/exam-windows").json().size();
	}
}
