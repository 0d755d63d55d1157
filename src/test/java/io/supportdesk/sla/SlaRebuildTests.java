package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** The stored SLA is only a cache: rebuilding every case's SLA from scratch gives exactly what is stored. */
@SupportdeskTest
class SlaRebuildTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SlaManagement sla;

	@Autowired
	SlaProjection projection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void everyCaseIsStoredWithItsSlaInTheSameTransaction() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Down", "description", "All down", "severity", 1)).json().get("id")
			.asString();

		Map<String, Object> stored = jdbc.sql("select * from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(id)).query().singleRow();

		assertThat(((Number) stored.get("severity")).intValue()).isEqualTo(1);
		assertThat(stored.get("priority_queueing")).isEqualTo(true);
		assertThat(stored.get("first_response_state")).isEqualTo("RUNNING");
		assertThat(stored.get("first_response_due")).isNotNull();
		// Imported cases too (the module test of cases runs without this module, so the check is per case).
		Http.Response imported = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject", "Imported",
					"description", "x", "events", List.of(Map.of("at", "2026-03-23T08:00:00Z", "type", "OPENED", "severity", 2))));
		assertThat(jdbc.sql("select count(*) from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(imported.json().get("id").asString())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aReplyAndAReclassificationUpdateTheStoredState() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Slow", "description", "Slow", "severity", 3)).json().get("id").asString();
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);

		agent.post("/api/cases/" + id + "/severity", Map.of("severity", 2, "reason", "Blocks exams"));
		assertThat(jdbc.sql("select severity from sla_case_state where case_id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single()).isEqualTo(2);
		agent.post("/api/cases/" + id + "/replies", Map.of("body", "On it"));
		assertThat(jdbc.sql("select first_response_state from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("MET");
	}

	@Test
	void rebuildingEveryCasesSlaFromScratchGivesTheStoredState() {
		List<Map<String, Object>> rows = jdbc.sql("select case_id, targets::text as targets, evaluated_at from sla_case_state")
			.query().listOfRows();
		assertThat(rows).isNotEmpty();
		for (Map<String, Object> row : rows) {
			CaseId id = new CaseId((UUID) row.get("case_id"));
			Instant at = ((java.sql.Timestamp) row.get("evaluated_at")).toInstant();
			String rebuilt = projection.targetsJson(sla.evaluate(sla.caseView(id), at));
			assertThat(json.readTree(rebuilt)).as("case %s", id).isEqualTo(json.readTree((String) row.get("targets")));
		}
	}

	@Test
	void theCaseFactsTheQueueFiltersOnAreStoredAsTheCaseHasThem() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Queue facts", "description", "x", "severity", 2, "language", "fr"))
			.json().get("id").asString();
		var agent = accounts.staff(Role.AGENT);
		Http.basic(port, agent.email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + id + "/assignment", Map.of("assigneeId", agent.id().toString()));

		Map<String, Object> stored = jdbc.sql("select status, language, assignee_id from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(id)).query().singleRow();
		assertThat(stored).containsEntry("status", "NEW").containsEntry("language", "fr")
			.containsEntry("assignee_id", agent.id().value());
		assertThat(jdbc.sql("""
				select count(*) from sla_case_state s join cases_case c on c.id = s.case_id
				where s.status <> c.status or s.language <> c.language or s.team_id is distinct from c.team_id
				  or s.assignee_id is distinct from c.assignee_id or s.opened_at <> c.opened_at""").query(Integer.class)
			.single()).as("cases whose stored queue facts differ from the case").isZero();
	}
}
