package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

@SupportdeskTest
class AttachmentApiTests {

	/** A 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Test
	void anAttachmentIsStoredWithItsSniffedTypeAndServedAsADownloadToThoseWhoMayReadTheCase() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		String caseId = openCase(customer);

		Http.Response uploaded = customer.upload("/api/cases/" + caseId + "/attachments", "screenshot.txt", PNG);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().get("contentType").asString()).as("sniffed, not taken from the name").isEqualTo("image/png");
		assertThat(uploaded.json().get("size").asLong()).isEqualTo(PNG.length);
		String attachment = uploaded.json().get("id").asString();
		HttpResponse<byte[]> download = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.download("/api/cases/" + caseId + "/attachments/" + attachment);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PNG);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("screenshot.txt");
	}

	@Test
	void anHtmlAttachmentIsServedAsAnOpaqueDownloadNeverRendered() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		String caseId = openCase(customer);
		byte[] html = "<html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
		String attachment = customer.upload("/api/cases/" + caseId + "/attachments", "page.html", html).json().get("id")
			.asString();

		HttpResponse<byte[]> download = customer.download("/api/cases/" + caseId + "/attachments/" + attachment);

		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
	}

	@Test
	void anAttachmentAboveTheLimitIsRefusedWith413() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		String caseId = openCase(customer);

		// The default limit is 20 MB; one byte more is refused.
		Http.Response refused = customer.upload("/api/cases/" + caseId + "/attachments", "big.bin",
				new byte[20 * 1024 * 1024 + 1]);

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(customer.get("/api/cases/" + caseId + "/attachments").json().size()).isZero();
	}

	@Test
	void aStandardCustomerAttachesAFileToTheCaseTheySubmitButCannotReadItBack() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		String caseId = openCase(customer);

		assertThat(customer.upload("/api/cases/" + caseId + "/attachments", "log.txt", "boom".getBytes()).status())
			.isEqualTo(201);
		assertThat(customer.get("/api/cases/" + caseId + "/attachments").status()).isEqualTo(403);
		assertThat(Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/cases/" + caseId + "/attachments").json().size()).isEqualTo(1);
	}

	@Test
	void anotherTenantsAttachmentIsNotFound() {
		AccountFixtures.Tenant owner = accounts.tenant();
		plans.subscribe(owner.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, owner.adminEmail(), AccountFixtures.PASSWORD);
		String caseId = openCase(customer);
		String attachment = customer.upload("/api/cases/" + caseId + "/attachments", "a.png", PNG).json().get("id").asString();
		AccountFixtures.Tenant other = accounts.tenant();
		plans.subscribe(other.id(), PlanCode.PREMIER);

		HttpResponse<byte[]> stolen = Http.basic(port, other.adminEmail(), AccountFixtures.PASSWORD)
			.download("/api/cases/" + caseId + "/attachments/" + attachment);

		assertThat(stolen.statusCode()).isEqualTo(404);
	}

	private static String openCase(Http customer) {
		return customer.post("/api/cases", Map.of("subject", "With a file", "description", "See attached", "severity", 3))
			.json().get("id").asString();
	}
}
