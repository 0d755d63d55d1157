package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.supportdesk.DatabaseSnapshot;
import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * Input that only the database used to notice — an unknown team or requester, a requester of another
 * organisation, a change that lost a race — is refused with a problem detail naming what is wrong,
 * never a 500, and nothing is written.
 */
@SupportdeskTest
class CaseRefusalTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler timers;

	@Test
	void assigningAnUnknownTeamIsRefusedNamingTheField() {
		String caseId = openCase(premier());
		Http agent = agent();

		Http.Response refused = refusedWithoutWriting(() -> agent.post("/api/cases/" + caseId + "/assignment",
				Map.of("teamId", UUID.randomUUID().toString())));

		assertInvalid(refused, "teamId");
	}

	@Test
	void supportOpeningACaseForAnUnknownRequesterIsRefusedNamingTheField() {
		AccountFixtures.Tenant tenant = premier();
		Http agent = agent();

		Http.Response refused = refusedWithoutWriting(() -> agent.post("/api/cases", Map.of("organisationId",
				tenant.id().toString(), "requesterId", UUID.randomUUID().toString(), "subject", "Phone call",
				"description", "Called in", "severity", 2)));

		assertInvalid(refused, "requesterId");
	}

	@Test
	void supportOpeningACaseForARequesterOfAnotherOrganisationIsRefused() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Tenant other = premier();
		Http agent = agent();

		Http.Response refused = refusedWithoutWriting(() -> agent.post("/api/cases", Map.of("organisationId",
				tenant.id().toString(), "requesterId", other.userId().toString(), "subject", "Phone call",
				"description", "Called in", "severity", 2)));

		assertInvalid(refused, "requesterId");
	}

	@Test
	void importingACaseWhoseRequesterBelongsToAnotherOrganisationIsRefused() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Tenant other = premier();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);

		Http.Response refused = refusedWithoutWriting(() -> manager.post("/api/import/cases", Map.of("organisationId",
				tenant.id().toString(), "requesterId", other.userId().toString(), "subject", "Imported",
				"description", "From the old desk", "events",
				List.of(Map.of("at", "2026-03-27T17:00:00Z", "type", "OPENED", "severity", 2)))));

		assertInvalid(refused, "requesterId");
	}

	@Test
	void aChangeThatLostARaceIsAConflictAndWritesNothing() {
		// The case's row moves on between reading it and writing it back, as when another request's
		// change commits first: a trigger makes PostgreSQL skip this case's update, so the version check
		// finds no row to update.
		String caseId = openCase(premier());
		Http agent = agent();
		String trigger = "race_" + caseId.replace('-', '_');
		jdbc.sql("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
				+ " if old.id = '" + caseId + "' then return null; end if; return new; end $$").update();
		jdbc.sql("create trigger " + trigger + " before update on cases_case for each row execute function " + trigger
				+ "()").update();
		try {
			Http.Response refused = refusedWithoutWriting(
					() -> agent.post("/api/cases/" + caseId + "/replies", Map.of("body", "We are on it")));

			assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("detail").asString()).contains("try again");
		}
		finally {
			jdbc.sql("drop trigger " + trigger + " on cases_case").update();
			jdbc.sql("drop function " + trigger + "()").update();
		}
		assertThat(agent.post("/api/cases/" + caseId + "/replies", Map.of("body", "We are on it")).status())
			.as("the same request, tried again").isEqualTo(200);
	}

	private Http.Response refusedWithoutWriting(Supplier<Http.Response> request) {
		Http.Response[] response = new Http.Response[1];
		DatabaseSnapshot.withTimersHeld(timers, () -> {
			Map<String, String> before = DatabaseSnapshot.take(jdbc);
			response[0] = request.get();
			assertThat(DatabaseSnapshot.take(jdbc)).as("nothing written").isEqualTo(before);
		});
		return response[0];
	}

	private static void assertInvalid(Http.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(response.json().get("detail").asString()).contains(field);
	}

	private AccountFixtures.Tenant premier() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return tenant;
	}

	private String openCase(AccountFixtures.Tenant tenant) {
		return Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam down", "description", "x", "severity", 2)).json().get("id")
			.asString();
	}

	private Http agent() {
		return Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
	}
}
