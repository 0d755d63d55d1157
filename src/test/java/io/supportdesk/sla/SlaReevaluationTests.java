package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** The background re-evaluation (after a calendar edit) walks every active case, batch after batch. */
@SupportdeskTest
class SlaReevaluationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SlaReevaluation.Runner runner;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRunRestoresTheStoredSlaOfEveryActiveCaseAcrossBatches() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		List<UUID> ids = List.of(1, 2, 3).stream().map(n -> UUID.fromString(customer
			.post("/api/cases", Map.of("subject", "Batch " + n, "description", "x", "severity", 2)).json().get("id")
			.asString())).toList();
		List<Timestamp> stored = ids.stream().map(this::storedDue).toList();
		// Spoil the stored due instants: only a re-evaluation of each case puts them right again.
		jdbc.sql("update sla_case_state set first_response_due = timestamp '2000-01-01 00:00' where case_id in (:ids)")
			.param("ids", ids).update();
		// every active case with a stored SLA (a module test of cases alone leaves cases without one)
		int active = jdbc.sql("select count(*) from sla_case_state where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER')")
			.query(Integer.class).single();

		int reevaluated = runner.run(1);

		assertThat(reevaluated).as("one case per batch, every active case").isEqualTo(active);
		assertThat(ids.stream().map(this::storedDue).toList()).isEqualTo(stored);
	}

	private Timestamp storedDue(UUID id) {
		return jdbc.sql("select first_response_due from sla_case_state where case_id = :id").param("id", id)
			.query(Timestamp.class).single();
	}
}
