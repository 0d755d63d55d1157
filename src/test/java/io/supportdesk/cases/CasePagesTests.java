package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
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

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
		Pages customer = new Pages().signIn(tenant.userEmail());
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

		for (Pages reader : new Pages[] { new Pages().signIn(tenant.userEmail()),
				new Pages().signIn(accounts.staff(Role.AGENT).email()) }) {
			HttpResponse<String> download = reader.get((reader.staff ? "/console" : "/portal") + path);
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
		Pages stranger = new Pages().signIn(other.adminEmail());

		assertThat(stranger.get("/portal/cases/" + opened.id()).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/portal/cases/" + opened.id() + "/attachments/" + file.id()).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/portal/cases").body()).doesNotContain(opened.reference().value());
		assertThat(stranger.form("/portal/cases/" + opened.id(), "/portal/cases/" + opened.id() + "/replies",
				Map.of("body", "mine now")).statusCode()).isIn(403, 404);
		assertThat(new Pages().signIn(owner.adminEmail()).get("/portal/cases").body())
			.contains(opened.reference().value());
	}

	@Test
	void withoutJavaScriptARefusedStatusChangeIsAMessageOnTheCasePage() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CaseView opened = open(accounts.as(tenant.userId()));
		Pages agent = new Pages().signIn(accounts.staff(Role.AGENT).email());
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
		Pages agent = new Pages().signIn(accounts.staff(Role.AGENT).email());
		agent.htmx = true;

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

	/** A signed-in browser without a browser: cookies, CSRF tokens from the page a form is on. */
	private final class Pages {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		boolean staff;

		boolean htmx;

		Pages signIn(String email) throws Exception {
			staff = email.endsWith("@supportdesk.test");
			form("/login", "/login", Map.of("email", email, "password", AccountFixtures.PASSWORD));
			return this;
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form found on {@code page} (for its CSRF token). */
		HttpResponse<String> form(String page, String action, Map<String, String> fields) throws Exception {
			StringBuilder body = new StringBuilder("_csrf=" + enc(csrf(page)));
			fields.forEach((name, value) -> body.append('&').append(enc(name)).append('=').append(enc(value)));
			return client.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> multipart(String page, String action, Map<String, String> fields, byte[] file)
				throws Exception {
			String boundary = "----case-pages-" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", csrf(page));
			for (Map.Entry<String, String> field : all.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dump.bin\"\r\n"
					+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return client.send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
		}

		private String csrf(String page) throws Exception {
			Matcher csrf = CSRF.matcher(get(page).body());
			assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
			return csrf.group(1);
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", "en");
			return htmx ? request.header("HX-Request", "true") : request;
		}

		private String enc(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}
	}
}
