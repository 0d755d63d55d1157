package io.supportdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.TamManagement;

/**
 * Severity 1 paging down the chain: the TAM first, then the primary on call, acknowledged to a stop;
 * only round-the-clock targets page; with nobody on call the managers are paged; the mail's signed link
 * acknowledges without signing in. Escalation timers are fired by the test (they are persistent
 * db-scheduler timers on the real clock; the cases here are a day ahead of it, so none fires by itself).
 */
@SupportdeskTest
class PagingTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TamManagement tams;

	@Autowired
	Rotas rotas;

	@Autowired
	Paging paging;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void aDayAheadOfRealTimeAndNoRotas() {
		clock.set(Instant.now().plus(Duration.ofDays(1)));
		jdbc.sql("delete from oncall_rota").update();
	}

	@Test
	void aPremierSeverity1PagesTheTamThenThePrimaryOnCallAndAnAcknowledgementStopsIt() {
		AccountFixtures.Tenant tenant = premierTenant();
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		rotaOf(1, primary);

		CaseId caseId = openSeverity1(tenant);

		// at once: the TAM, in the app and by mail with the signed link
		List<Page> first = await().atMost(Duration.ofSeconds(30)).until(() -> paging.pagesOf(CurrentUser.system(), caseId),
				pages -> !pages.isEmpty());
		assertThat(first).singleElement().satisfies(page -> {
			assertThat(page.role()).isEqualTo("TAM");
			assertThat(page.userId()).isEqualTo(tam.id());
			assertThat(page.state()).isEqualTo("OPEN");
			assertThat(page.acknowledgeBy()).isEqualTo(page.raisedAt().plus(Duration.ofMinutes(5)));
		});
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(count("select count(*) from notifications_notification where user_id = :user and kind = 'PAGED'",
					tam.id().value())).isEqualTo(1);
			assertThat(jdbc.sql("select text_body from mail_outbox where recipient = :to and kind = 'PAGE'")
				.param("to", tam.email()).query(String.class).single()).contains("/pages/ack/" + first.get(0).id() + "/");
		});

		// five minutes without an acknowledgement: the timer pages the primary on call, once however often it fires
		assertThat(paging.escalate(caseId.value(), 0)).isTrue();
		assertThat(paging.escalate(caseId.value(), 0)).isFalse();
		List<Page> second = paging.pagesOf(CurrentUser.system(), caseId);
		assertThat(second).extracting(Page::role, Page::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TAM", "ESCALATED"), org.assertj.core.groups.Tuple.tuple("PRIMARY", "OPEN"));
		assertThat(second.get(1).userId()).isEqualTo(primary.id());

		Http.Response acknowledged = Http.basic(port, primary.email(), AccountFixtures.PASSWORD)
			.post("/api/pages/" + second.get(1).id() + "/acknowledge", Map.of());
		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(paging.escalate(caseId.value(), 1)).as("acknowledged: the next timer pages nobody").isFalse();
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'oncall-escalation' and task_instance like :p")
			.param("p", "page|" + caseId.value() + "|%").query(Integer.class).single()).as("its pending timer is gone").isZero();
		assertThat(paging.pagesOf(CurrentUser.system(), caseId)).hasSize(2);
	}

	@Test
	void thePagesTheirEscalationAndTheAcknowledgementAreOnTheCasesSlaTimelineForStaffOnly() {
		AccountFixtures.Tenant tenant = premierTenant();
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		rotaOf(1, primary);
		Instant opened = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		clock.set(opened);
		CaseId caseId = openSeverity1(tenant);
		await().atMost(Duration.ofSeconds(30)).until(() -> !paging.pagesOf(CurrentUser.system(), caseId).isEmpty());

		// opened at T: the TAM is paged at T, to acknowledge by T+5 min; unacknowledged at T+5 the level passes on
		// to the primary (to acknowledge by T+10); the primary acknowledges at T+7
		clock.set(opened.plus(Duration.ofMinutes(5)));
		paging.escalate(caseId.value(), 0);
		clock.set(opened.plus(Duration.ofMinutes(7)));
		Page primaryPage = paging.pagesOf(CurrentUser.system(), caseId).get(1);
		assertThat(Http.basic(port, primary.email(), AccountFixtures.PASSWORD)
			.post("/api/pages/" + primaryPage.id() + "/acknowledge", Map.of()).status()).isEqualTo(200);

		var timeline = Http.basic(port, primary.email(), AccountFixtures.PASSWORD).get("/api/cases/" + caseId.value() + "/sla")
			.json().get("timeline");
		List<String> paging = new java.util.ArrayList<>();
		timeline.forEach(entry -> {
			if (entry.get("event").asString().matches("(Paged|Not acknowledged|.* acknowledged the page).*")) {
				paging.add(entry.get("at").asString() + " " + entry.get("event").asString() + " | " + entry.get("effect").asString());
			}
		});
		assertThat(paging).containsExactly(
				opened + " Paged Staff TAM (the TAM) about this Severity 1 case | To acknowledge by "
						+ opened.plus(Duration.ofMinutes(5)) + "; otherwise the next level is paged",
				opened.plus(Duration.ofMinutes(5)) + " Not acknowledged by " + opened.plus(Duration.ofMinutes(5))
						+ " (the TAM) | Passed on to the next level",
				opened.plus(Duration.ofMinutes(5)) + " Paged Staff AGENT (primary on call) about this Severity 1 case"
						+ " | To acknowledge by " + opened.plus(Duration.ofMinutes(10)) + "; otherwise the next level is paged",
				opened.plus(Duration.ofMinutes(7)) + " Staff AGENT acknowledged the page"
						+ " | Nobody further is paged; the targets are unchanged");

		var customers = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/cases/" + caseId.value() + "/sla")
			.json().get("timeline");
		customers.forEach(entry -> assertThat(entry.get("event").asString()).as("who was paged is staff business")
			.doesNotContain("Paged").doesNotContain("acknowledged the page"));
	}

	@Test
	void whileTheTamIsAwayASeverity1PagesThePrimaryOnCallAtOnceAndAfterwardsTheTamAgain() {
		AccountFixtures.Tenant tenant = premierTenant();
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		rotaOf(1, primary);
		// the TAM records a customer visit from an hour ago until an hour from now
		Http.Response away = Http.basic(port, tam.email(), AccountFixtures.PASSWORD).post("/api/oncall/away", Map.of(
				"from", clock.instant().minus(Duration.ofHours(1)).toString(), "to", clock.instant().plus(Duration.ofHours(1)).toString(),
				"reason", "Customer visit"));
		assertThat(away.status()).as(away.toString()).isEqualTo(201);

		CaseId whileAway = openSeverity1(tenant);
		assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> paging.pagesOf(CurrentUser.system(), whileAway),
				pages -> !pages.isEmpty())).singleElement().satisfies(page -> {
					assertThat(page.role()).isEqualTo("PRIMARY");
					assertThat(page.userId()).isEqualTo(primary.id());
				});

		// two hours on the visit is over: the next Severity 1 goes to the TAM first again
		clock.set(clock.instant().plus(Duration.ofHours(2)));
		CaseId afterwards = openSeverity1(tenant);
		assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> paging.pagesOf(CurrentUser.system(), afterwards),
				pages -> !pages.isEmpty())).singleElement().extracting(Page::role).isEqualTo("TAM");
	}

	@Test
	void anAbsenceIsOnesOwnUnlessAManagerRecordsItAndCustomersNeverSeeThem() {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		AccountFixtures.Staff colleague = accounts.staff(Role.AGENT);
		Map<String, Object> tomorrow = Map.of("userId", colleague.id().toString(), "from",
				clock.instant().plus(Duration.ofDays(1)).toString(), "to", clock.instant().plus(Duration.ofDays(2)).toString());

		Http.Response forAColleague = Http.basic(port, agent.email(), AccountFixtures.PASSWORD).post("/api/oncall/away", tomorrow);
		assertThat(forAColleague.status()).isEqualTo(400);
		assertThat(forAColleague.body()).contains("userId").contains("only managers record someone else");

		Http.Response byAManager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/oncall/away", tomorrow);
		assertThat(byAManager.status()).isEqualTo(201);
		String id = byAManager.json().get("id").asString();

		Http.Response backwards = Http.basic(port, agent.email(), AccountFixtures.PASSWORD).post("/api/oncall/away", Map.of(
				"from", clock.instant().plus(Duration.ofDays(2)).toString(), "to", clock.instant().plus(Duration.ofDays(1)).toString()));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("\"to\"").contains("must be after the start");

		AccountFixtures.Tenant tenant = accounts.tenant();
		assertThat(Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/oncall/away").status()).isEqualTo(404);
		assertThat(Http.basic(port, agent.email(), AccountFixtures.PASSWORD).delete("/api/oncall/away/" + id).status())
			.as("not the agent's own").isEqualTo(404);
		assertThat(Http.basic(port, colleague.email(), AccountFixtures.PASSWORD).delete("/api/oncall/away/" + id).status())
			.isEqualTo(204);
	}

	@Test
	void aPublicReplyOfSupportAcknowledgesTheOpenPagesByItsAuthor() {
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		rotaOf(1, primary);
		CaseId caseId = openSeverity1(premierTenant());
		await().atMost(Duration.ofSeconds(30)).until(() -> !paging.pagesOf(CurrentUser.system(), caseId).isEmpty());
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);

		Http.basic(port, agent.email(), AccountFixtures.PASSWORD).post("/api/cases/" + caseId.value() + "/replies",
				Map.of("body", "We are on it.", "public", true));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(paging.pagesOf(CurrentUser.system(), caseId))
			.allSatisfy(page -> {
				assertThat(page.state()).isEqualTo("ACKNOWLEDGED");
				assertThat(page.acknowledgedBy()).isEqualTo(agent.id());
			}));
		assertThat(paging.escalate(caseId.value(), 1)).isFalse();
	}

	@Test
	void withTwoInstancesPollingTheDatabaseAnUnacknowledgedLevelEscalatesOnce() {
		AccountFixtures.Tenant tenant = premierTenant();
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		try (io.supportdesk.SecondInstance second = io.supportdesk.SecondInstance.start("paging-second")) {
			// the case is opened 6 minutes ago in real time: the TAM's page was due by 1 minute ago, so its
			// escalation timer is due at once on both instances' schedulers (db-scheduler runs on the real clock).
			// The primary's page then waits 5 minutes on the clock of whichever instance escalated: due at once
			// again when it was this one (6 minutes behind), not when it was the second.
			clock.set(Instant.now().minus(Duration.ofMinutes(6)));
			rotaOf(1, primary);
			CaseId caseId = openSeverity1(tenant);

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(paging.pagesOf(CurrentUser.system(), caseId))
				.extracting(Page::role).contains("PRIMARY"));
			// a while later still: one page to the TAM, one to the primary, nobody paged twice
			await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				List<Page> pages = paging.pagesOf(CurrentUser.system(), caseId);
				assertThat(pages).filteredOn(page -> page.role().equals("TAM")).singleElement()
					.satisfies(page -> assertThat(page.state()).isEqualTo("ESCALATED"));
				assertThat(pages).filteredOn(page -> page.role().equals("PRIMARY")).singleElement()
					.satisfies(page -> assertThat(page.userId()).isEqualTo(primary.id()));
				assertThat(pages).extracting(Page::userId).doesNotHaveDuplicates();
			});
		}
	}

	@Test
	void aStandardSeverity1OnBusinessHoursPagesNobody() {
		AccountFixtures.Tenant standard = accounts.tenant();
		plans.subscribe(standard.id(), PlanCode.STANDARD);
		CaseId quiet = openSeverity1(standard);
		AccountFixtures.Tenant premier = premierTenant();
		CaseId paged = openSeverity1(premier);

		await().atMost(Duration.ofSeconds(30)).until(() -> !paging.pagesOf(CurrentUser.system(), paged).isEmpty());
		assertThat(paging.pagesOf(CurrentUser.system(), quiet)).isEmpty();
		assertThat(paging.roundTheClock(quiet, standard.id(), clock.instant())).isFalse();
	}

	@Test
	void withNoTamAndNobodyOnCallTheManagersArePaged() {
		AccountFixtures.Staff manager = accounts.staff(Role.MANAGER);

		CaseId caseId = openSeverity1(premierTenant());

		List<Page> pages = await().atMost(Duration.ofSeconds(30)).until(() -> paging.pagesOf(CurrentUser.system(), caseId),
				found -> !found.isEmpty());
		assertThat(pages).allSatisfy(page -> assertThat(page.role()).isEqualTo("MANAGER"));
		assertThat(pages).extracting(Page::userId).contains(manager.id());
	}

	@Test
	void theSignedLinkOfThePagesMailAcknowledgesItWithoutSigningInAndAForgedOneIsNotFound() {
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		rotaOf(1, primary);
		CaseId caseId = openSeverity1(premierTenant());
		Page page = await().atMost(Duration.ofSeconds(30)).until(() -> paging.pagesOf(CurrentUser.system(), caseId),
				found -> !found.isEmpty()).get(0);
		String path = java.net.URI.create(paging.acknowledgeUrl(page.id())).getPath();

		WebSession anonymous = WebSession.anonymous(port);
		assertThat(anonymous.get(path).body()).contains(">Acknowledge<");
		assertThat(paging.pagesOf(CurrentUser.system(), caseId).get(0).state()).as("opening the link changes nothing")
			.isEqualTo("OPEN");
		HttpResponse<String> done = anonymous.form(path, path, Map.of());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("id=\"page-state\"");
		Page acknowledged = paging.pagesOf(CurrentUser.system(), caseId).get(0);
		assertThat(acknowledged.state()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.acknowledgedBy()).isEqualTo(primary.id());

		assertThat(WebSession.anonymous(port).get("/pages/ack/" + page.id() + "/forged").statusCode()).isEqualTo(404);
	}

	@Test
	void aRotaWithAMistakeIsRefusedNamingTheFieldAndCustomersSeeNoRotas() {
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response refused = manager.post("/api/oncall/rotas", Map.of("name", "Broken", "zone", "Europe/Berlin",
				"layers", List.of(Map.of("handoff", "2026-12-07T09:00", "shift", "FORTNIGHTLY", "members",
						List.of(accounts.staff(Role.AGENT).id().toString())))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("layers[0].shift");
		assertThat(manager.post("/api/oncall/rotas", Map.of("name", "Broken", "zone", "Mars/Olympus", "layers", List.of()))
			.body()).contains("zone");
		assertThat(count("select count(*) from oncall_rota where name = 'Broken'", null)).isZero();

		AccountFixtures.Tenant tenant = accounts.tenant();
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/oncall/rotas").status())
			.isEqualTo(404);
	}

	@Test
	void whoIsOnCallNowAnswersPerLevelAndTheFeedListsTheCallersShifts() {
		AccountFixtures.Staff primary = accounts.staff(Role.AGENT);
		AccountFixtures.Staff secondary = accounts.staff(Role.AGENT);
		rotaOf(1, primary);
		rotaOf(2, secondary);
		Http agent = Http.basic(port, primary.email(), AccountFixtures.PASSWORD);

		Http.Response now = agent.get("/api/oncall/now");

		assertThat(now.json().get("levels").toString()).contains(primary.id().toString()).contains(secondary.id().toString());
		Http.Response feed = agent.getAny("/api/oncall/shifts.ics");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT").contains("SUMMARY:On call");
	}

	/** A rota of one daily layer with one member, handed off a day before now. */
	private void rotaOf(int level, AccountFixtures.Staff member) {
		LocalDateTime yesterday = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")).minusDays(1)
			.withSecond(0).withNano(0);
		rotas.create(CurrentUser.system(), new NewRota("000 Level " + level + " " + UUID.randomUUID(), "Europe/Berlin", level,
				List.of(new NewRota.NewLayer(yesterday.toString(), "DAILY", null, List.of(member.id().toString()), null, null,
						null))));
	}

	private AccountFixtures.Tenant premierTenant() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return tenant;
	}

	private CaseId openSeverity1(AccountFixtures.Tenant tenant) {
		Http.Response opened = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam platform down", "description", "Nobody can start", "severity", 1));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return new CaseId(UUID.fromString(opened.json().get("id").asString()));
	}

	private int count(String sql, UUID user) {
		var statement = jdbc.sql(sql);
		if (user != null) {
			statement = statement.param("user", user);
		}
		return statement.query(Integer.class).single();
	}
}
