package io.supportdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

/** A breach reaches the case's team lead and, for Premier organisations, their TAM — in the app. */
@SupportdeskTest
class SlaEscalationTests {

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
	MutableClock clock;

	@Test
	void aBreachIsEscalatedToTheTeamLeadAndThePremierOrganisationsTam() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Escalations " + System.nanoTime(), lead.id());
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam down", "description", "x", "severity", 1)).json().get("id").asString();
		Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + caseId + "/assignment", Map.of("teamId", team.toString()));

		escalation.on(new SlaBreached(CaseId.parse(caseId, "caseId"), tenant.id(), "FIRST_RESPONSE", clock.instant(),
				clock.instant()));

		for (String recipient : new String[] { lead.email(), tam.email() }) {
			Http.Response inbox = Http.basic(port, recipient, AccountFixtures.PASSWORD).get("/api/me/notifications");
			assertThat(inbox.json().valueStream().map(n -> n.get("text").asString())).as(recipient)
				.anyMatch(text -> text.startsWith("SLA breached: first response of case CS-"));
		}
	}

	@Test
	void aStandardOrganisationHasNoTamToEscalateTo() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Question", "description", "x", "severity", 3)).json().get("id").asString();
		AccountFixtures.Staff bystander = accounts.staff(Role.TAM);

		escalation.on(new SlaBreached(CaseId.parse(caseId, "caseId"), tenant.id(), "FIRST_RESPONSE", clock.instant(),
				clock.instant()));

		assertThat(Http.basic(port, bystander.email(), AccountFixtures.PASSWORD).get("/api/me/notifications").json().size())
			.isZero();
	}
}
