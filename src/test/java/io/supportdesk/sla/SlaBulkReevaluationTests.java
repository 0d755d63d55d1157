package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.SubscriptionId;

/**
 * A plan change re-evaluates the organisation's active cases in its own transaction; a case whose
 * stored SLA cannot be written (here PostgreSQL refuses it, by a trigger) is skipped and logged — it
 * neither aborts the PostgreSQL transaction nor fails the change, and every other case follows it.
 */
@SupportdeskTest
class SlaBulkReevaluationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaProjection projection;

	@Test
	void aCaseThatCannotBeReevaluatedDoesNotStopAPlanUpgradeNorTheOtherCases() {
		// Standard Severity 3 (one business day) cases, then an upgrade to Premier effective now: their
		// first response is re-targeted to the earlier of the old due and now + 2 h, so their stored due
		// instants move — except the refused one's.
		clock.set(Instant.parse("2026-12-07T08:00:00Z")); // Monday 09:00 CET
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId subscription = plans.subscribe(tenant.id(), PlanCode.STANDARD, Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2028-01-01T00:00:00Z"));
		Http operations = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD);
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		UUID refused = openCase(agent, tenant);
		UUID followed = openCase(agent, tenant);
		Instant refusedDue = firstResponseDue(refused);
		String trigger = "refuse_sla_" + refused.toString().replace('-', '_');
		jdbc.sql("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
				+ " if new.case_id = '" + refused + "' then raise exception 'cannot store this SLA'; end if; return new; end $$")
			.update();
		jdbc.sql("create trigger " + trigger + " before update on sla_case_state for each row execute function " + trigger
				+ "()").update();
		try {
			clock.advance(Duration.ofMinutes(10));

			Http.Response upgraded = operations.post("/api/organisations/" + tenant.id() + "/subscriptions/" + subscription
					+ "/upgrade", Map.of("plan", "PREMIER", "effectiveFrom", clock.instant().toString()));

			assertThat(upgraded.status()).as(upgraded.toString()).isEqualTo(200);
		}
		finally {
			jdbc.sql("drop trigger " + trigger + " on sla_case_state").update();
			jdbc.sql("drop function " + trigger + "()").update();
		}
		// Premier Severity 3: 2 h from the upgrade at 08:10Z → 10:10Z
		assertThat(firstResponseDue(followed)).isEqualTo(Instant.parse("2026-12-07T10:10:00Z"));
		assertThat(firstResponseDue(refused)).as("left as it was").isEqualTo(refusedDue);

		// its next re-evaluation (any change of the case, or a background walk) catches it up
		projection.refreshQuietly(refused);
		assertThat(firstResponseDue(refused)).isEqualTo(Instant.parse("2026-12-07T10:10:00Z"));
	}

	private UUID openCase(Http agent, AccountFixtures.Tenant tenant) {
		Http.Response opened = agent.post("/api/cases", Map.of("organisationId", tenant.id().toString(), "subject",
				"Report slow", "description", "x", "severity", 3));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return UUID.fromString(opened.json().get("id").asString());
	}

	private Instant firstResponseDue(UUID caseId) {
		return jdbc.sql("select first_response_due from sla_case_state where case_id = :id").param("id", caseId)
			.query(java.sql.Timestamp.class).single().toInstant();
	}
}
