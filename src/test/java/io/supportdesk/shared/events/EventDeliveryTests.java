package io.supportdesk.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SecondInstance;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.sla.SlaTimerFiring;

/**
 * Post-commit events survive their listener's failure: the publication stays incomplete in
 * {@code event_publication} and is delivered after a restart, or by a resubmission with the retry task's rule without one. The
 * failure is real — a trigger makes PostgreSQL refuse the notice for one case — and the event travels
 * the real path: a firing SLA timer publishes {@code SlaWarningReached} in its transaction, the
 * notifications module's listener runs after the commit.
 */
@SupportdeskTest
class EventDeliveryTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SlaTimerFiring timers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	MutableClock clock;

	/**
	 * The cases here are opened a day ahead of real time, so that db-scheduler (which runs timers on the
	 * real clock) fires none of their timers by itself while a test fires the one it means.
	 */
	@BeforeEach
	void openCasesAheadOfRealTime() {
		clock.set(Instant.now().plus(Duration.ofDays(1)));
	}

	@Test
	void aWarningWhoseListenerFailedIsDeliveredAfterARestart() {
		// Only the restarted instance may deliver: this one's retry task waits meanwhile.
		scheduler.pause();
		try {
			AssignedCase assigned = warnedWhileTheInboxRefusesIt();

			try (SecondInstance restarted = SecondInstance.start("restarted-after-failure")) {
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
					assertThat(notices(assigned)).as("delivered by the restarted instance").hasSize(1);
					assertThat(publication(assigned.caseId())).hasValueSatisfying(p -> assertThat(p.completed()).isTrue());
				});
			}
		}
		finally {
			scheduler.resume();
		}
	}

	@Test
	void aWarningWhoseListenerFailedIsRetriedWithoutARestart() {
		AssignedCase assigned = warnedWhileTheInboxRefusesIt();

		incomplete.resubmitIncompletePublications(p -> EventPublicationRetry.shouldRetry(p, clock.instant()));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(notices(assigned)).hasSize(1);
			assertThat(publication(assigned.caseId())).hasValueSatisfying(p -> assertThat(p.completed()).isTrue());
		});
	}

	@Test
	void theRetryTaskIsScheduled() {
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = :task")
			.param("task", EventPublicationRetry.TASK).query(Integer.class).single()).isEqualTo(1);
	}

	/**
	 * A Premier Severity 1 case assigned to an agent, whose 75 % warning fires while PostgreSQL refuses
	 * notices about it: the timer's transaction commits, the listener fails, the publication stays
	 * incomplete (marked failed) and nobody was told. The refusal is lifted before returning.
	 */
	private AssignedCase warnedWhileTheInboxRefusesIt() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Staff assignee = accounts.staff(Role.AGENT);
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam down", "description", "x", "severity", 1)).json().get("id")
			.asString();
		Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + caseId + "/assignment", Map.of("assigneeId", assignee.id().toString()));
		AssignedCase assigned = new AssignedCase(UUID.fromString(caseId), assignee);
		String trigger = "refuse_" + caseId.replace('-', '_');
		jdbc.sql("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
				+ " if new.case_id = '" + caseId + "' then raise exception 'inbox unavailable'; end if; return new; end $$")
			.update();
		jdbc.sql("create trigger " + trigger + " before insert on notifications_notification for each row execute function "
				+ trigger + "()").update();
		try {
			timers.fire(assigned.caseId(), "WARN75", firstResponseDue(assigned.caseId()));

			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publication(assigned.caseId()))
				.hasValueSatisfying(p -> assertThat(p.status()).isEqualTo("FAILED")));
			assertThat(publication(assigned.caseId())).hasValueSatisfying(p -> assertThat(p.completed()).isFalse());
			assertThat(notices(assigned)).isEmpty();
		}
		finally {
			jdbc.sql("drop trigger " + trigger + " on notifications_notification").update();
			jdbc.sql("drop function " + trigger + "()").update();
		}
		return assigned;
	}

	private Optional<Publication> publication(UUID caseId) {
		List<Publication> found = jdbc.sql("""
				select status, completion_date is not null as completed from event_publication
				where listener_id like '%SlaWarnings%' and serialized_event like :case""")
			.param("case", "%" + caseId + "%")
			.query((rs, n) -> new Publication(rs.getString("status"), rs.getBoolean("completed"))).list();
		assertThat(found).as("one publication per event and listener").hasSizeLessThanOrEqualTo(1);
		return found.stream().findFirst();
	}

	/** The assignee's SLA warnings about the case (their notice of the assignment itself is not one). */
	private List<UUID> notices(AssignedCase assigned) {
		return jdbc.sql("select id from notifications_notification where case_id = :case and user_id = :user"
				+ " and kind = 'SLA_WARNING'")
			.param("case", assigned.caseId()).param("user", assigned.assignee().id().value()).query(UUID.class).list();
	}

	private Instant firstResponseDue(UUID caseId) {
		return jdbc.sql("select first_response_due from sla_case_state where case_id = :id").param("id", caseId)
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	private record AssignedCase(UUID caseId, AccountFixtures.Staff assignee) {
	}

	private record Publication(String status, boolean completed) {
	}
}
