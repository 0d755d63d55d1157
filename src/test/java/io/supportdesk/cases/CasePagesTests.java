package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * The case pages over plain HTTP, where a browser is not needed: refusals shown on the page (not as
 * error pages), downloads that never render, tenant isolation of the portal routes, htmx fragments.
 */
@SupportdeskTest
class CasePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseAttachments attachments;

	@Test
	void anAttachmentAboveTheLimitIsAMistakeNextToTheFileFieldAndOpensNoCase() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		WebSession customer = WebSession.signIn(port, tenant.userEmail());
		String subject = "Big dump " + UUID.randomUUID();

		HttpResponse<String> page = customer.multipart("/portal/cases/new", "/portal/cases",
				Map.of("subject", subject, "description", "The heap dump.", "severity", "3", "language", "en"),
				new byte[20 * 1024 * 1024 + 1]);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("id=\"case-file\"[^>]*>(\\s*<span[^>]*>[^<]*</span>)*\\s*"
				+ "<span class=\"field-error\">This file is larger than 20 MB");
		assertThat(page.body()).contains("value=\"" + subject + "\"", "The heap dump.</textarea>");
		CurrentUser me = accounts.as(tenant.userId());
		assertThat(cases.search(me, new CaseFilter(null, null, null, null, null, null, null, subject, 10))).isEmpty();
	}

	@Test
	void attachmentsAreDownloadedFromThePortalAndTheConsoleNeverRendered() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CurrentUser me = accounts.as(tenant.userId());
		CaseView opened = open(me);
		AttachmentView html = attachments.attach(me, opened.id(), "page.html",
				new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
		String path = "/cases/" + opened.id() + "/attachments/" + html.id();

		for (String shell : new String[] { "/portal", "/console" }) {
			WebSession reader = WebSession.signIn(port,
					shell.equals("/portal") ? tenant.userEmail() : accounts.staff(Role.AGENT).email());
			HttpResponse<String> download = reader.get(shell + path);
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
				.contains("page.html");
			assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
			assertThat(download.headers().allValues("Content-Security-Policy")).contains("sandbox");
		}
	}

	@Test
	void anotherOrganisationsCaseAndAttachmentAreNotFoundInThePortal() throws Exception {
		AccountFixtures.Tenant owner = accounts.tenant();
		AccountFixtures.Tenant other = accounts.tenant();
		plans.subscribe(owner.id(), PlanCode.PREMIER);
		plans.subscribe(other.id(), PlanCode.PREMIER);
		CurrentUser me = accounts.as(owner.userId());
		CaseView opened = open(me);
		AttachmentView file = attachments.attach(me, opened.id(), "notes.txt",
				new ByteArrayInputStream("private".getBytes(StandardCharsets.UTF_8)));
		WebSession stranger = WebSession.signIn(port, other.adminEmail());

		assertThat(stranger.get("/portal/cases/" + opened.id()).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/portal/cases/" + opened.id() + "/attachments/" + file.id()).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/portal/cases").body()).doesNotContain(opened.reference().value());
		assertThat(stranger.form("/portal/cases/" + opened.id(), "/portal/cases/" + opened.id() + "/replies",
				Map.of("body", "mine now")).statusCode()).isIn(403, 404);
		assertThat(WebSession.signIn(port, owner.adminEmail()).get("/portal/cases").body())
			.contains(opened.reference().value());
	}

	@Test
	void withoutJavaScriptARefusedStatusChangeIsAMessageOnTheCasePage() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CaseView opened = open(accounts.as(tenant.userId()));
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		String path = "/console/cases/" + opened.id();

		HttpResponse<String> classified = agent.form(path, path + "/classification", Map.of("severity", "2", "reason", "As proposed."));
		assertThat(classified.statusCode()).isEqualTo(302);
		assertThat(classified.headers().firstValue("Location").orElseThrow()).endsWith(path);
		HttpResponse<String> refused = agent.form(path, path + "/status", Map.of("status", "PENDING_CUSTOMER"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"status-error\"", "only after a public reply from support", "id=\"reply-form\"");
	}

	@Test
	void withHtmxTheConsoleAnswersWithFragments() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CaseView opened = open(accounts.as(tenant.userId()));
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email()).htmx();

		HttpResponse<String> table = agent.get("/console/cases?q=" + opened.reference());
		assertThat(table.body().strip()).startsWith("<table").contains(opened.subject()).doesNotContain("<html");

		String path = "/console/cases/" + opened.id();
		HttpResponse<String> missingReason = agent.form(path, path + "/classification", Map.of("severity", "1", "reason", ""));
		assertThat(missingReason.statusCode()).isEqualTo(200);
		assertThat(missingReason.body().strip()).startsWith("<div id=\"case\"").doesNotContain("<html");
		assertThat(missingReason.body()).containsPattern("id=\"classify-reason\"[^>]*>\\s*</textarea>\\s*<span class=\"field-error\">");

		HttpResponse<String> note = agent.form(path, path + "/replies", Map.of("body", "Checked the logs.", "visibility", "INTERNAL"));
		assertThat(note.body()).contains("internal note was added", "Checked the logs.", "case-INTERNAL_NOTE");
		assertThat(cases.caseView(accounts.as(tenant.userId()), opened.id()).messages()).isEmpty();
	}

	private CaseView open(CurrentUser customer) {
		return cases.open(customer, new OpenCase(customer.organisationId(), customer.id(), "Scheduler " + UUID.randomUUID(),
				"Wrong time zone.", null, "en", Channel.PORTAL, 3));
	}
}
