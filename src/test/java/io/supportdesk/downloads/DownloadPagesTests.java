package io.supportdesk.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.Role;
import io.supportdesk.downloads.DownloadFixtures.Catalogue;
import io.supportdesk.plans.PlanCode;

/** The download pages: a customer's product page and checksum page, a manager's upload in the console. */
@SupportdeskTest
class DownloadPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DownloadFixtures downloads;

	@Test
	void aCustomerSeesTheVersionsFilesAndChecksumsTheirPlanOpensAndAsksToBeToldOfNewOnes() {
		Catalogue catalogue = downloads.product();
		Tenant standard = downloads.customerOf(catalogue.name(), PlanCode.STANDARD);
		WebSession customer = WebSession.signIn(port, standard.userEmail(), AccountFixtures.PASSWORD);
		String page = "/portal/downloads/" + catalogue.product();

		assertThat(customer.get("/portal/downloads").body()).contains(catalogue.name());
		String product = customer.get(page).body();
		assertThat(product).contains("1.0").contains(catalogue.gaFile().name()).contains(catalogue.gaFile().sha256())
			.doesNotContain("2.0-beta").contains("<h2>Fixes</h2>");
		assertThat(customer.get(page + "/versions/" + catalogue.ga() + "/checksums").body())
			.contains(catalogue.gaFile().sha256() + "  " + catalogue.gaFile().name());
		assertThat(customer.form(page, page + "/watch", Map.of("watch", "true")).statusCode()).isEqualTo(302);
		assertThat(customer.get(page).body()).contains("Stop notifying me");
		assertThat(customer.get("/portal/downloads/files/" + catalogue.gaFile().id()).body())
			.isEqualTo("GA build of " + catalogue.name());
	}

	@Test
	void aManagerUploadsAFileInTheConsoleAndAWrongChecksumIsNamedNextToTheForm() {
		Catalogue catalogue = downloads.product();
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String page = "/console/downloads/" + catalogue.product();
		String action = page + "/versions/" + catalogue.ga() + "/files";
		byte[] content = "console upload".getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> refused = manager.multipart(page, action, Map.of("platform", "any", "sha256", "0".repeat(64)),
				content);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("does not match the file");
		HttpResponse<String> uploaded = manager.multipart(page, action, Map.of("platform", "any"), content);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(manager.get(page).body()).contains("dump.bin");
	}
}
