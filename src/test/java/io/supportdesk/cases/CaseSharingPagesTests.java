package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * Sharing a case with colleagues on its portal page over plain HTTP: the requester and the customer
 * admins share and stop sharing; a colleague follows a case shared with them and loses it when it is
 * no longer shared; nobody outside the organisation can be chosen, and refusals write nothing.
 */
@SupportdeskTest
class CaseSharingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	CaseManagement cases;

	@Autowired
	Scheduler timers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRequesterSharesACaseWithAColleagueWhoFollowsItUntilItIsNoLongerShared() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Colleague colleague = accounts.colleague(tenant);
		CaseView opened = open(accounts.as(tenant.userId()));
		String path = "/portal/cases/" + opened.id();
		WebSession requester = WebSession.signIn(port, tenant.userEmail());
		WebSession follower = WebSession.signIn(port, colleague.email());
		assertThat(follower.get(path).statusCode()).isEqualTo(404);
		assertThat(requester.get(path).body()).contains("id=\"share-form\"", "Not shared with anyone yet.",
				"value=\"" + colleague.id() + "\"").doesNotContain("value=\"" + tenant.adminId() + "\"");

		HttpResponse<String> shared = requester.form(path, path + "/shares", Map.of("userId", colleague.id().toString()));

		assertThat(shared.statusCode()).isEqualTo(302);
		assertThat(shared.headers().firstValue("Location").orElseThrow()).endsWith(path + "#case-shares");
		assertThat(requester.get(path).body()).contains("The case is now shared with your colleague.",
				"id=\"share-" + colleague.id() + "\"", colleague.email());
		assertThat(follower.get("/portal/cases").body()).contains(opened.reference().value());
		assertThat(follower.get(path).body()).as("they follow the case but do not share it further")
			.contains(opened.subject(), "id=\"share-" + colleague.id() + "\"")
			.doesNotContain("id=\"share-form\"", "id=\"unshare-");

		HttpResponse<String> stopped = requester.form(path, path + "/shares/" + colleague.id() + "/remove", Map.of());

		assertThat(stopped.statusCode()).isEqualTo(302);
		assertThat(requester.get(path).body()).contains("The case is no longer shared with that colleague.",
				"Not shared with anyone yet.");
		assertThat(follower.get(path).statusCode()).isEqualTo(404);
		assertThat(follower.get("/portal/cases").body()).doesNotContain(opened.reference().value());
	}

	@Test
	void aCustomerAdminSharesAnotherRequestersCaseAndStopsSharingIt() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Colleague colleague = accounts.colleague(tenant);
		CaseView opened = open(accounts.as(tenant.userId()));
		String path = "/portal/cases/" + opened.id();
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());

		assertThat(admin.form(path, path + "/shares", Map.of("userId", colleague.id().toString())).statusCode())
			.isEqualTo(302);
		assertThat(cases.sharedWith(CurrentUser.system(), opened.id())).containsExactly(colleague.id());
		assertThat(admin.get(path).body()).contains("id=\"unshare-" + colleague.id() + "\"");

		admin.form(path, path + "/shares/" + colleague.id() + "/remove", Map.of());
		assertThat(cases.sharedWith(CurrentUser.system(), opened.id())).isEmpty();
	}

	@Test
	void anotherOrganisationsUserIsRefusedLikeAnUnknownOneNextToTheSelectAndNothingIsWritten() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		AccountFixtures.Tenant other = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CaseView opened = open(accounts.as(tenant.userId()));
		String path = "/portal/cases/" + opened.id();
		WebSession requester = WebSession.signIn(port, tenant.userEmail());
		String refusal = "id=\"share-error\">A case can be shared only with a colleague of your own organisation";

		assertRefused(() -> requester.form(path, path + "/shares", Map.of("userId", other.userId().toString())), refusal);
		assertRefused(() -> requester.form(path, path + "/shares", Map.of("userId", UUID.randomUUID().toString())), refusal);
		assertRefused(() -> requester.form(path, path + "/shares", Map.of("userId", "not-an-id")), refusal);
		assertRefused(() -> requester.form(path, path + "/shares", Map.of("userId", "")),
				"id=\"share-error\">Choose the colleague to share the case with.");
		assertThat(requester.form(path, path + "/shares/" + other.userId() + "/remove", Map.of()).statusCode())
			.as("another tenant's user in the path is not found").isEqualTo(404);
		assertThat(cases.sharedWith(CurrentUser.system(), opened.id())).isEmpty();
	}

	@Test
	void aColleagueTheCaseIsSharedWithMayNotShareItFurther() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Colleague colleague = accounts.colleague(tenant);
		AccountFixtures.Colleague third = accounts.colleague(tenant);
		CaseView opened = open(accounts.as(tenant.userId()));
		cases.share(accounts.as(tenant.userId()), opened.id(), colleague.id());
		String path = "/portal/cases/" + opened.id();
		WebSession follower = WebSession.signIn(port, colleague.email());

		assertThat(follower.form(path, path + "/shares", Map.of("userId", third.id().toString())).statusCode())
			.isEqualTo(403);
		assertThat(follower.form(path, path + "/shares/" + colleague.id() + "/remove", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(Http.basic(port, colleague.email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + opened.id() + "/shares", Map.of("userId", third.id().toString())).status())
			.isEqualTo(403);
		assertThat(cases.sharedWith(CurrentUser.system(), opened.id())).containsExactly(colleague.id());
	}

	private void assertRefused(Supplier<HttpResponse<String>> post, String shown) {
		DatabaseSnapshot.withTimersHeld(timers, () -> {
			Map<String, String> before = DatabaseSnapshot.take(jdbc);

			HttpResponse<String> page = post.get();

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(shown);
			assertThat(DatabaseSnapshot.take(jdbc)).as("nothing written").isEqualTo(before);
		});
	}

	private CaseView open(CurrentUser customer) {
		return cases.open(customer, new OpenCase(customer.organisationId(), customer.id(), "Proctor " + UUID.randomUUID(),
				"The stream drops.", null, "en", Channel.PORTAL, 3));
	}
}
