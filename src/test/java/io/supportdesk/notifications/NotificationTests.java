package io.supportdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.sla.SlaBreached;
import io.supportdesk.sla.SlaTarget;
import io.supportdesk.sla.SlaTimerFiring;
import io.supportdesk.sla.SlaWarningReached;

/**
 * SLA warnings reach whoever can still keep the promise, breaches are escalated to the team lead and
 * the Premier organisation's TAM — in the app, in each reader's language and zone. Warnings travel the
 * real path: a firing timer publishes the event in its transaction, the listener delivers after the
 * commit (asynchronously, hence the waits).
 */
@SupportdeskTest
class NotificationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TeamManagement teams;

	@Autowired
	TamManagement tams;

	@Autowired
	SlaEscalation escalation;

	@Autowired
	SlaWarnings warnings;

	@Autowired
	SlaTimerFiring timers;

	@Autowired
	JdbcClient jdbc;

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
	void aBreachIsEscalatedToTheTeamLeadAndThePremierOrganisationsTam() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Escalations " + System.nanoTime(), lead.id());
		String caseId = openCase(tenant, 1);
		staff().post("/api/cases/" + caseId + "/assignment", Map.of("teamId", team.toString()));

		escalation.on(new SlaBreached(CaseId.parse(caseId, "caseId"), tenant.id(), SlaTarget.Metric.FIRST_RESPONSE,
				clock.instant(), clock.instant()));

		for (String recipient : new String[] { lead.email(), tam.email() }) {
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(texts(recipient)).as(recipient)
				.anyMatch(text -> text.startsWith("SLA breached: first response of case CS-")));
		}
	}

	@Test
	void aStandardOrganisationHasNoTamToEscalateTo() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Standard " + System.nanoTime(), lead.id());
		AccountFixtures.Staff bystander = accounts.staff(Role.TAM);
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Question", "description", "x", "severity", 3)).json().get("id").asString();
		staff().post("/api/cases/" + caseId + "/assignment", Map.of("teamId", team.toString()));

		escalation.on(new SlaBreached(CaseId.parse(caseId, "caseId"), tenant.id(), SlaTarget.Metric.FIRST_RESPONSE,
				clock.instant(), clock.instant()));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(texts(lead.email())).hasSize(1));
		assertThat(texts(bystander.email())).isEmpty();
	}

	@Test
	void aWarningReachesTheAssigneeAndNotTheTeamLead() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff assignee = accounts.staff(Role.AGENT);
		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Warnings " + System.nanoTime(), lead.id());
		String caseId = openCase(tenant, 1);
		staff().post("/api/cases/" + caseId + "/assignment",
				Map.of("assigneeId", assignee.id().toString(), "teamId", team.toString()));

		timers.fire(UUID.fromString(caseId), "WARN75", firstResponseDue(caseId));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(slaTexts(assignee.email())).singleElement()
			.satisfies(text -> assertThat(text).startsWith("SLA warning: 75 % of the first response time of case CS-")));
		assertThat(texts(lead.email())).isEmpty();
	}

	@Test
	void aWarningOnAnUnassignedCaseReachesItsTeamLead() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Unassigned " + System.nanoTime(), lead.id());
		String caseId = openCase(tenant, 1);
		staff().post("/api/cases/" + caseId + "/assignment", Map.of("teamId", team.toString()));

		timers.fire(UUID.fromString(caseId), "WARN90", firstResponseDue(caseId));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(texts(lead.email())).singleElement()
			.satisfies(text -> assertThat(text).contains("90 %")));
	}

	@Test
	void aWarningOnACaseNobodyOwnsReachesTheSupportManagers() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff manager = accounts.staff(Role.MANAGER);
		String caseId = openCase(tenant, 1);

		timers.fire(UUID.fromString(caseId), "WARN75", firstResponseDue(caseId));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(texts(manager.email()))
			.anyMatch(text -> text.contains(reference(caseId))));
	}

	@Test
	void aReaderSeesTheNoticeInTheirLanguageAndZoneAndCanMarkItRead() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff assignee = accounts.staff(Role.AGENT);
		Http agent = Http.basic(port, assignee.email(), AccountFixtures.PASSWORD);
		agent.put("/api/me/preferences", Map.of("language", "de", "timeZone", "Europe/Berlin"));
		String caseId = openCase(tenant, 1);
		staff().post("/api/cases/" + caseId + "/assignment", Map.of("assigneeId", assignee.id().toString()));

		timers.fire(UUID.fromString(caseId), "WARN75", firstResponseDue(caseId));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(agent.get("/api/me/notifications").json()
			.valueStream().filter(n -> n.get("kind").asString().equals("SLA_WARNING")).count()).isEqualTo(1));
		JsonNode notice = agent.get("/api/me/notifications").json().valueStream()
			.filter(n -> n.get("kind").asString().equals("SLA_WARNING")).findFirst().orElseThrow();
		assertThat(notice.get("kind").asString()).isEqualTo("SLA_WARNING");
		// German words, the due instant in Berlin time with its zone's German abbreviation, no ISO instant
		assertThat(notice.get("text").asString()).startsWith("SLA-Warnung: 75 % der Zeit für die Erstreaktion von Fall CS-")
			.containsPattern("fällig .*(MEZ|MESZ)\\.$").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
		assertThat(notice.get("readAt").isNull()).isTrue();

		assertThat(agent.post("/api/me/notifications/read", Map.of()).status()).isEqualTo(204);
		assertThat(agent.get("/api/me/notifications").json().get(0).get("readAt").isNull()).isFalse();
	}

	@Test
	void anAgentHearsInTheAppAndByMailThatACaseWasAssignedToThem() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff assignee = accounts.staff(Role.AGENT);
		String caseId = openCase(tenant, 2);
		staff().post("/api/cases/" + caseId + "/assignment", Map.of("assigneeId", assignee.id().toString()));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(texts(assignee.email())).singleElement()
			.satisfies(text -> assertThat(text).startsWith("Case " + reference(caseId) + " (Exam down) was assigned to you on ")
				.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")));
		assertThat(jdbc.sql("select subject from mail_outbox where recipient = :to and kind = 'ASSIGNMENT'")
			.param("to", assignee.email()).query(String.class).list())
			.containsExactly("[" + reference(caseId) + "] " + texts(assignee.email()).get(0));
	}

	@Test
	void anAgentWhoTakesACaseThemselvesIsNotNotified() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		String caseId = openCase(tenant, 2);
		Http.basic(port, agent.email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + caseId + "/assignment", Map.of("assigneeId", agent.id().toString()));
		// a colleague's assignment of another case reaches them, so the listener has run for both by then
		String other = openCase(tenant, 2);
		staff().post("/api/cases/" + other + "/assignment", Map.of("assigneeId", agent.id().toString()));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(texts(agent.email())).singleElement()
			.satisfies(text -> assertThat(text).contains(reference(other)).doesNotContain(reference(caseId))));
	}

	@Test
	void aWarningDeliveredTwiceIsNotedOnce() {
		AccountFixtures.Tenant tenant = premier();
		AccountFixtures.Staff assignee = accounts.staff(Role.AGENT);
		String caseId = openCase(tenant, 1);
		staff().post("/api/cases/" + caseId + "/assignment", Map.of("assigneeId", assignee.id().toString()));
		SlaWarningReached warning = new SlaWarningReached(CaseId.parse(caseId, "caseId"), tenant.id(),
				SlaTarget.Metric.FIRST_RESPONSE, 75, firstResponseDue(caseId), clock.instant());

		warnings.on(warning);
		warnings.on(warning);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(slaTexts(assignee.email())).hasSize(1));
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(slaTexts(assignee.email())).hasSize(1));
	}

	private AccountFixtures.Tenant premier() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return tenant;
	}

	private String openCase(AccountFixtures.Tenant tenant, int severity) {
		return Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam down", "description", "x", "severity", severity)).json().get("id")
			.asString();
	}

	private Http staff() {
		return Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
	}

	private Instant firstResponseDue(String caseId) {
		return jdbc.sql("select first_response_due from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(caseId)).query(java.sql.Timestamp.class).single().toInstant();
	}

	private String reference(String caseId) {
		return jdbc.sql("select reference from cases_case where id = :id").param("id", UUID.fromString(caseId))
			.query(String.class).single();
	}

	/** The SLA notices of the user (an assignment notice may join them). */
	private List<String> slaTexts(String email) {
		return Http.basic(port, email, AccountFixtures.PASSWORD).get("/api/me/notifications").json().valueStream()
			.filter(n -> n.get("kind").asString().startsWith("SLA_")).map(n -> n.get("text").asString()).toList();
	}

	private List<String> texts(String email) {
		return Http.basic(port, email, AccountFixtures.PASSWORD).get("/api/me/notifications").json().valueStream()
			.map(n -> n.get("text").asString()).toList();
	}
}
