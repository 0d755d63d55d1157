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
		assertThat(paging.pagesOf(CurrentUser.system(), caseId)).hasSize(2);
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
