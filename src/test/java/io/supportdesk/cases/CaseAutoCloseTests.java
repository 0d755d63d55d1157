package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.RecordedEvents;
import io.supportdesk.SecondInstance;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * A resolved case closes itself when its reopen window (14 days by default) ends: a persistent timer
 * per case and resolution, checked against the case when it fires. The cases here live in 2031, ahead
 * of real time, so that db-scheduler (which runs timers on the real clock) fires none of their timers
 * by itself; each test fires the timer it means through the same code db-scheduler runs, at instants
 * it sets on the application clock. Only the restart test lets db-scheduler fire one, in a second
 * instance.
 */
@SupportdeskTest
class CaseAutoCloseTests {

	static final Instant OPENED = Instant.parse("2031-03-03T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordedEvents events;

	@Autowired
	ReopenWindowTimers.Closing closing;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseImport imports;

	@Autowired
	Scheduler scheduler;

	@Test
	void aResolvedCaseClosesItselfExactlyWhenItsReopenWindowEnds() {
		// Opened 2031-03-03 09:00, resolved at 10:00: the window ends 14 days later, 2031-03-17 10:00.
		Resolved resolved = resolvedCase(OPENED);
		Instant windowEnd = Instant.parse("2031-03-17T10:00:00Z");
		assertThat(timers(resolved.id())).as("scheduled with the resolution, due at the window's end")
			.containsExactly(windowEnd);

		// a second before the window ends (a clock behind the scheduler's): not yet, try again at its end
		clock.set(windowEnd.minusSeconds(1));
		assertThat(closing.fire(resolved.timer())).contains(windowEnd);
		assertThat(status(resolved.id())).isEqualTo(CaseStatus.RESOLVED);

		clock.set(windowEnd);
		assertThat(closing.fire(resolved.timer())).isEmpty();

		CaseView closed = cases.caseView(CurrentUser.system(), resolved.id());
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.history()).last().satisfies(entry -> {
			assertThat(entry.type()).isEqualTo("CLOSED");
			assertThat(entry.at()).isEqualTo(windowEnd);
			assertThat(entry.actorId()).as("done by Supportdesk, no person").isNull();
			assertThat(entry.facts().cause()).isEqualTo(CaseView.Cause.REOPEN_WINDOW_ENDED);
			assertThat(entry.detail()).contains("not reopened within the reopen window");
		});
		assertThat(closedEvents(resolved.id())).singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(windowEnd));
		assertThat(timers(resolved.id())).as("nothing left to close").isEmpty();

		// delivered again (as after a crash): one close, one history entry, one event
		clock.advance(Duration.ofMinutes(5));
		assertThat(closing.fire(resolved.timer())).isEmpty();
		assertThat(closedEntries(resolved.id())).hasSize(1);
		assertThat(closedEvents(resolved.id())).hasSize(1);
	}

	@Test
	void aCaseReopenedInsideTheWindowIsNotClosedByTheTimerOfItsResolution() {
		// Resolved 2031-04-07 10:00 (window to 04-21 10:00); the customer replies on 04-20 (day 13): reopened.
		Resolved resolved = resolvedCase(Instant.parse("2031-04-07T09:00:00Z"));
		clock.set(Instant.parse("2031-04-20T10:00:00Z"));
		assertThat(resolved.customer().post("/api/cases/" + resolved.id() + "/replies", Map.of("body", "Broken again"))
			.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(timers(resolved.id())).as("removed with the reopening").isEmpty();

		// the old timer fires all the same (it was already running): the case is left open
		clock.set(Instant.parse("2031-04-21T10:00:00Z"));
		assertThat(closing.fire(resolved.timer())).isEmpty();
		assertThat(status(resolved.id())).isEqualTo(CaseStatus.OPEN);
		assertThat(closedEntries(resolved.id())).isEmpty();
		assertThat(closedEvents(resolved.id())).isEmpty();
	}

	@Test
	void resolvedReopenedAndResolvedAgainClosesOnceAtTheSecondWindowsEnd() {
		// First resolution 2031-05-05 10:00 (window to 05-19 10:00); reopened by the customer on 05-08,
		// resolved again on 05-10 12:00: the case closes when that window ends, 05-24 12:00, and only then.
		Resolved first = resolvedCase(Instant.parse("2031-05-05T09:00:00Z"));
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		clock.set(Instant.parse("2031-05-08T09:00:00Z"));
		first.customer().post("/api/cases/" + first.id() + "/replies", Map.of("body", "Not fixed after all"));
		clock.set(Instant.parse("2031-05-10T12:00:00Z"));
		agent.post("/api/cases/" + first.id() + "/status", Map.of("status", "RESOLVED"));
		Instant secondEnd = Instant.parse("2031-05-24T12:00:00Z");
		assertThat(timers(first.id())).as("only the second resolution's timer").containsExactly(secondEnd);
		ReopenWindowEnd second = new ReopenWindowEnd(first.id().value(), Instant.parse("2031-05-10T12:00:00Z"));

		clock.set(Instant.parse("2031-05-19T10:00:00Z"));
		closing.fire(first.timer());
		assertThat(status(first.id())).as("the first window's end closes nothing").isEqualTo(CaseStatus.RESOLVED);
		clock.set(secondEnd);
		closing.fire(second);
		closing.fire(second);
		closing.fire(first.timer());

		assertThat(status(first.id())).isEqualTo(CaseStatus.CLOSED);
		assertThat(closedEntries(first.id())).containsExactly(secondEnd);
		assertThat(closedEvents(first.id())).singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(secondEnd));
	}

	@Test
	void theCustomersReplyAfterTheAutomaticCloseDoesNotReopenAndThePageSaysWhoClosedItAndWhy() {
		// Resolved 2031-06-02 10:00, closed at the window's end 06-16 10:00; the customer writes on 06-17.
		Resolved resolved = resolvedCase(Instant.parse("2031-06-02T09:00:00Z"));
		clock.set(Instant.parse("2031-06-16T10:00:00Z"));
		closing.fire(resolved.timer());
		clock.set(Instant.parse("2031-06-17T08:00:00Z"));

		Http.Response reply = resolved.customer().post("/api/cases/" + resolved.id() + "/replies", Map.of("body", "Hello?"));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertThat(status(resolved.id())).isEqualTo(CaseStatus.CLOSED);
		String page = WebSession.signIn(port, resolved.email()).get("/portal/cases/" + resolved.id() + "?lang=de").body();
		assertThat(page).contains("Geschlossen").contains("von Supportdesk: Niemand hat ihn innerhalb der Frist");
	}

	@Test
	void anImportedResolvedCaseGetsItsTimerAndClosesAtItsWindowsEndEvenWhenThatHasPassed() {
		// Imported on 2031-08-01: resolved on 07-01 10:00, so its window ended on 07-15 10:00, before the
		// import; the timer is due at once, and the case is recorded as closed at that window's end.
		clock.set(Instant.parse("2031-08-01T12:00:00Z"));
		AccountFixtures.Tenant tenant = accounts.tenant();
		CaseId id = imports.importCase(CurrentUser.system(), new CaseImport.ImportedCase(tenant.id(), tenant.userId(),
				"Imported", "Old desk", null, "en", List.of(
						new ImportedEvent(Instant.parse("2031-07-01T09:00:00Z"), "OPENED", 3, Channel.EMAIL, null, null),
						new ImportedEvent(Instant.parse("2031-07-01T09:30:00Z"), "SUPPORT_REPLIED", null, null, null, "Fixed"),
						new ImportedEvent(Instant.parse("2031-07-01T10:00:00Z"), "RESOLVED", null, null, null, null))));
		Instant windowEnd = Instant.parse("2031-07-15T10:00:00Z");
		assertThat(timers(id)).containsExactly(windowEnd);

		closing.fire(new ReopenWindowEnd(id.value(), Instant.parse("2031-07-01T10:00:00Z")));

		assertThat(status(id)).isEqualTo(CaseStatus.CLOSED);
		assertThat(closedEntries(id)).containsExactly(windowEnd);
	}

	@Test
	void aTimerThatCameDueWhileNoInstanceRanFiresAfterTheRestart() {
		// This instance's scheduler stands for a stopped application: it runs no timer meanwhile.
		scheduler.pause();
		try {
			// Resolved 15 days ago (real time): the window ended a day ago, while no instance ran timers.
			Instant resolvedAt = Instant.now().minus(Duration.ofDays(15)).truncatedTo(ChronoUnit.SECONDS);
			Resolved resolved = resolvedCase(resolvedAt.minus(Duration.ofHours(1)));
			Instant windowEnd = resolvedAt.plus(Duration.ofDays(14));
			assertThat(timers(resolved.id())).containsExactly(windowEnd);
			assertThat(status(resolved.id())).isEqualTo(CaseStatus.RESOLVED);

			try (SecondInstance restarted = SecondInstance.start("auto-close-restarted")) {
				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertThat(status(resolved.id())).isEqualTo(CaseStatus.CLOSED));
				assertThat(closedEntries(resolved.id())).containsExactly(windowEnd);
				await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(timers(resolved.id())).isEmpty());
				assertThat(restarted.published().stream().filter(CaseClosed.class::isInstance).map(CaseClosed.class::cast)
					.filter(e -> e.caseId().equals(resolved.id()))).singleElement()
					.satisfies(e -> assertThat(e.at()).isEqualTo(windowEnd));
			}
		}
		finally {
			scheduler.resume();
		}
	}

	/** A Premier customer's case, opened at {@code opened} and resolved by support an hour later. */
	private Resolved resolvedCase(Instant opened) {
		clock.set(opened);
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		Http.Response created = customer.post("/api/cases", Map.of("subject", "Exam room frozen", "description", "x",
				"severity", 3));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		CaseId id = new CaseId(UUID.fromString(created.json().get("id").asString()));
		agent.post("/api/cases/" + id + "/replies", Map.of("body", "Restarted it"));
		clock.set(opened.plus(Duration.ofHours(1)));
		Http.Response resolved = agent.post("/api/cases/" + id + "/status", Map.of("status", "RESOLVED"));
		assertThat(resolved.json().get("status").asString()).as(resolved.toString()).isEqualTo("RESOLVED");
		return new Resolved(id, customer, tenant.userEmail(), new ReopenWindowEnd(id.value(), clock.instant()));
	}

	private record Resolved(CaseId id, Http customer, String email, ReopenWindowEnd timer) {
	}

	private CaseStatus status(CaseId id) {
		return cases.caseView(CurrentUser.system(), id).status();
	}

	private List<Instant> closedEntries(CaseId id) {
		return cases.caseView(CurrentUser.system(), id).history().stream().filter(h -> h.type().equals("CLOSED"))
			.map(CaseView.HistoryEntry::at).toList();
	}

	private List<CaseClosed> closedEvents(CaseId id) {
		return events.of(CaseClosed.class, e -> e.caseId().equals(id));
	}

	private List<Instant> timers(CaseId id) {
		return jdbc.sql("select execution_time from scheduled_tasks where task_name = :task and task_instance like :prefix")
			.param("task", ReopenWindowTimers.TASK).param("prefix", id + "|%").query(java.sql.Timestamp.class).list()
			.stream().map(java.sql.Timestamp::toInstant).toList();
	}
}
