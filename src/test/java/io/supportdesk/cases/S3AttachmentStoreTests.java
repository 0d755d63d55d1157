package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import software.amazon.awssdk.services.s3.S3Client;

import io.supportdesk.Http;
import io.supportdesk.SecondInstance;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * With {@code supportdesk.attachments.store=s3}, attachment content lives in an S3-compatible bucket,
 * tested against a real one (s3rver) over HTTP with signed requests.
 */
@SupportdeskTest
class S3AttachmentStoreTests {

	static LocalS3Server server;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@BeforeAll
	static void startServer() throws Exception {
		server = LocalS3Server.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void contentIsStoredReadAndDeletedAsAnObjectUnderThePrefix() throws Exception {
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new Random(42).nextBytes(content);
		try (S3Client client = server.client()) {
			AttachmentStore store = new S3AttachmentStore(client, LocalS3Server.BUCKET, "store-test/");

			String key = store.put(new ByteArrayInputStream(content));

			try (InputStream read = store.get(key)) {
				assertThat(read.readAllBytes()).isEqualTo(content);
			}
			assertThat(client.listObjectsV2(r -> r.bucket(LocalS3Server.BUCKET).prefix("store-test/")).contents())
				.extracting(o -> o.key()).containsExactly("store-test/" + key);
			store.delete(key);
			assertThatThrownBy(() -> store.get(key)).isInstanceOf(NoSuchFileException.class);
		}
	}

	@Test
	void aNodeConfiguredForS3KeepsACasesAttachmentAndAChatsFileInTheBucketAndServesThemBack() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		// the second node reads the real clock, not this context's test clock: a term around any instant
		plans.subscribe(tenant.id(), PlanCode.PREMIER, java.time.Instant.parse("2000-01-01T00:00:00Z"),
				java.time.Instant.parse("2100-01-01T00:00:00Z"));
		String prefix = "node-" + tenant.id() + "/";
		try (SecondInstance node = SecondInstance.start("s3-node", server.settings(prefix).toArray(String[]::new));
				S3Client client = server.client()) {
			int port = Integer.parseInt(node.context().getEnvironment().getProperty("local.server.port"));
			Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
			Http.Response opened = customer.post("/api/cases", Map.of("subject", "Log attached", "description",
					"See the file", "severity", 3));
			assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
			String caseId = opened.json().get("id").asString();
			byte[] log = "2026-12-03 08:00:01 exam room 4 froze\n".repeat(1000).getBytes();

			Http.Response uploaded = customer.upload("/api/cases/" + caseId + "/attachments", "proctor.log", log);

			assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
			assertThat(client.listObjectsV2(r -> r.bucket(LocalS3Server.BUCKET).prefix(prefix)).contents()).hasSize(1);
			HttpResponse<byte[]> download = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
				.download("/api/cases/" + caseId + "/attachments/" + uploaded.json().get("id").asString());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.body()).isEqualTo(log);

			// a file sent in a chat is kept by the same store (the cases' rules), in the bucket too
			String chat = customer.post("/api/chats", Map.of("topic", "Log attached", "language", "en")).json().get("id")
				.asString();
			Http.Response sent = customer.upload("/api/chats/" + chat + "/attachments", "proctor.log", log);
			assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
			assertThat(client.listObjectsV2(r -> r.bucket(LocalS3Server.BUCKET).prefix(prefix)).contents()).hasSize(2);
			assertThat(customer.download(sent.json().get("attachment").get("href").asString()).body()).isEqualTo(log);
		}
	}

	@Test
	void withoutTheServerACiRunFailsAndADevelopersRunSkips() {
		assertThatThrownBy(() -> LocalS3Server.requireOrSkip(false, Map.of("CI", "true")))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("CI=true");
		assertThatThrownBy(() -> LocalS3Server.requireOrSkip(false, Map.of()))
			.isInstanceOf(org.opentest4j.TestAbortedException.class).hasMessageContaining("npm ci --prefix src/test/s3");
	}
}
