package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;

/** The suite starts from an empty database, so the first start has created the administrator. */
@SupportdeskTest
class FirstRunAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	FirstRunAdmin firstRun;

	@Autowired
	Users users;

	@Test
	void theFirstStartCreatedTheConfiguredAdministrator() {
		// application-test.properties sets SUPPORTDESK_ADMIN_PASSWORD's property to this value.
		Http.Response me = Http.basic(port, "admin@supportdesk.local", "first-run-admin-password").get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("role").asString()).isEqualTo("ADMIN");
	}

	@Test
	void aLaterStartCreatesNoOneAgain() throws Exception {
		long before = users.count();
		firstRun.run(null);
		assertThat(users.count()).isEqualTo(before);
	}
}
