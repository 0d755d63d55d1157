package io.supportdesk.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.Role;
import io.supportdesk.downloads.DownloadFixtures.Catalogue;
import io.supportdesk.plans.PlanCode;

/**
 * Products, versions and files over the API: uploads streamed with their SHA-256 computed (and a given
 * checksum verified), downloads with ETag, Content-Length and byte ranges, the audit, and entitlement by
 * product and channel on every path.
 */
@SupportdeskTest
class DownloadApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DownloadFixtures downloads;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aManagerOffersAProductReleasesAVersionAndUploadsAFileWhoseSizeAndChecksumAreComputed() throws Exception {
		String manager = accounts.staff(Role.MANAGER).email();
		Http api = Http.basic(port, manager, AccountFixtures.PASSWORD);
		String name = "Proctor Cloud " + UUID.randomUUID().toString().substring(0, 8);

		Http.Response product = api.post("/api/products", Map.of("name", name, "description", "The cloud edition"));
		assertThat(product.status()).as(product.toString()).isEqualTo(201);
		String productId = product.json().get("id").asString();
		Http.Response version = api.post("/api/products/" + productId + "/versions", Map.of("version", "3.1",
				"channel", "GA", "releaseNotes", "* new *exam* lobby", "releasedAt", "2026-11-30T09:00:00Z"));
		assertThat(version.status()).as(version.toString()).isEqualTo(201);
		assertThat(version.json().get("supportStatus").asString()).isEqualTo("CURRENT");
		String versionId = version.json().get("id").asString();

		byte[] content = "the installer of Proctor Cloud 3.1".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> raw = upload(manager, "/api/products/" + productId + "/versions/" + versionId
				+ "/files?name=cloud-3.1.msi&platform=windows-x64", content);
		assertThat(raw.statusCode()).as(raw.body()).isEqualTo(201);
		assertThat(raw.body()).contains("\"size\":" + content.length).contains(sha256(content));
		Http.Response form = api.upload("/api/products/" + productId + "/versions/" + versionId + "/files?platform=any",
				"readme.txt", "read me".getBytes(StandardCharsets.UTF_8));
		assertThat(form.status()).as(form.toString()).isEqualTo(201);
		assertThat(form.json().get("name").asString()).isEqualTo("readme.txt");
		assertThat(form.json().get("sha256").asString()).isEqualTo(sha256("read me".getBytes(StandardCharsets.UTF_8)));

		Http.Response listed = api.get("/api/products/" + productId);
		assertThat(listed.json().get("versions").get(0).get("files")).hasSize(2);
		HttpResponse<byte[]> downloaded = get(manager, "/api/downloads/" + raw.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), Map.of());
		assertThat(downloaded.body()).isEqualTo(content);
	}

	@Test
	void anUploadWhoseChecksumDiffersFromTheOneGivenIsRefusedWith422AndNothingIsKept() throws Exception {
		Catalogue catalogue = downloads.product();
		String manager = accounts.staff(Role.MANAGER).email();
		long storedBefore = storedFiles();
		byte[] content = "a corrupted download".getBytes(StandardCharsets.UTF_8);
		String wrong = sha256("something else".getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> refused = upload(manager, "/api/products/" + catalogue.product() + "/versions/" + catalogue.ga()
				+ "/files?name=broken.zip&platform=any&sha256=" + wrong, content);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"field\":\"sha256\"").contains(sha256(content));
		assertThat(jdbc.sql("select count(*) from downloads_file where version_id = :v and name = 'broken.zip'")
			.param("v", catalogue.ga().value()).query(Long.class).single()).isZero();
		assertThat(storedFiles()).as("no content left in the store").isEqualTo(storedBefore);

		HttpResponse<String> matching = upload(manager, "/api/products/" + catalogue.product() + "/versions/" + catalogue.ga()
				+ "/files?name=fine.zip&platform=any&sha256=" + sha256(content).toUpperCase(), content);
		assertThat(matching.statusCode()).as(matching.body()).isEqualTo(201);
	}

	@Test
	void aDownloadCarriesItsETagAndLengthAndHonoursOneByteRange() throws Exception {
		Catalogue catalogue = downloads.product();
		Tenant premier = downloads.customerOf(catalogue.name(), PlanCode.PREMIER);
		FileView file = catalogue.gaFile();
		byte[] whole = ("GA build of " + catalogue.name()).getBytes(StandardCharsets.UTF_8);
		String path = "/api/downloads/" + file.id();

		HttpResponse<byte[]> full = get(premier.userEmail(), path, Map.of());
		assertThat(full.statusCode()).isEqualTo(200);
		assertThat(full.body()).isEqualTo(whole);
		assertThat(full.headers().firstValue("ETag")).hasValue("\"" + sha256(whole) + "\"");
		assertThat(full.headers().firstValueAsLong("Content-Length")).hasValue(whole.length);
		assertThat(full.headers().firstValue("Accept-Ranges")).hasValue("bytes");
		assertThat(full.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));

		// the first ten bytes
		HttpResponse<byte[]> first = get(premier.userEmail(), path, Map.of("Range", "bytes=0-9"));
		assertThat(first.statusCode()).isEqualTo(206);
		assertThat(first.body()).isEqualTo(slice(whole, 0, 10));
		assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + whole.length);
		assertThat(first.headers().firstValueAsLong("Content-Length")).hasValue(10);
		// the last five bytes (a suffix range)
		HttpResponse<byte[]> last = get(premier.userEmail(), path, Map.of("Range", "bytes=-5"));
		assertThat(last.statusCode()).isEqualTo(206);
		assertThat(last.body()).isEqualTo(slice(whole, whole.length - 5, 5));
		assertThat(last.headers().firstValue("Content-Range"))
			.hasValue("bytes " + (whole.length - 5) + "-" + (whole.length - 1) + "/" + whole.length);
		// resuming from byte 12 with the same ETag
		HttpResponse<byte[]> resumed = get(premier.userEmail(), path,
				Map.of("Range", "bytes=12-", "If-Range", "\"" + sha256(whole) + "\""));
		assertThat(resumed.statusCode()).isEqualTo(206);
		assertThat(resumed.body()).isEqualTo(slice(whole, 12, whole.length - 12));
		// an If-Range for other content gets the whole file
		assertThat(get(premier.userEmail(), path, Map.of("Range", "bytes=12-", "If-Range", "\"other\"")).statusCode())
			.isEqualTo(200);
		// a range past the end cannot be satisfied
		HttpResponse<byte[]> past = get(premier.userEmail(), path, Map.of("Range", "bytes=" + whole.length + "-"));
		assertThat(past.statusCode()).isEqualTo(416);
		assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + whole.length);
		// the same content again: not modified
		assertThat(get(premier.userEmail(), path, Map.of("If-None-Match", "\"" + sha256(whole) + "\"")).statusCode())
			.isEqualTo(304);
	}

	@Test
	void everyDownloadIsAuditedWithWhoWhenAndTheBytesAskedForAndSent() throws Exception {
		Catalogue catalogue = downloads.product();
		Tenant premier = downloads.customerOf(catalogue.name(), PlanCode.PREMIER);
		String path = "/api/downloads/" + catalogue.gaFile().id();
		get(premier.userEmail(), path, Map.of());
		get(premier.userEmail(), path, Map.of("Range", "bytes=0-9"));

		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response audit = manager.get("/api/products/" + catalogue.product() + "/downloads");

		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.json()).hasSize(2);
		audit.json().forEach(row -> {
			assertThat(row.get("userId").asString()).isEqualTo(premier.userId().toString());
			assertThat(row.get("organisationId").asString()).isEqualTo(premier.id().toString());
			assertThat(row.get("fileName").asString()).isEqualTo(catalogue.gaFile().name());
			assertThat(row.get("at").isNull()).isFalse();
		});
		assertThat(audit.json().valueStream().map(row -> row.get("bytesRequested").asLong() + "/" + row.get("bytesSent").asLong()))
			.containsExactlyInAnyOrder(catalogue.gaFile().size() + "/" + catalogue.gaFile().size(), "10/10");
		assertThat(Http.basic(port, premier.adminEmail(), AccountFixtures.PASSWORD)
			.get("/api/products/" + catalogue.product() + "/downloads").status()).isEqualTo(403);
	}

	@Test
	void aPremierSubscriberOfTheProductSeesItsEarlyAdopterBuild() throws Exception {
		Catalogue catalogue = downloads.product();
		Tenant premier = downloads.customerOf(catalogue.name(), PlanCode.PREMIER);
		Http api = Http.basic(port, premier.userEmail(), AccountFixtures.PASSWORD);

		assertThat(api.get("/api/products/" + catalogue.product()).json().get("versions").valueStream()
			.map(v -> v.get("version").asString())).containsExactly("2.0-beta", "1.0");
		assertThat(api.get("/api/products").body()).contains(catalogue.name());
		assertThat(get(premier.userEmail(), "/api/downloads/" + catalogue.earlyFile().id(), Map.of()).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/downloads/" + catalogue.earlyFile().id() + "/sha256").json().get("sha256").asString())
			.isEqualTo(catalogue.earlyFile().sha256());
	}

	@Test
	void aStandardSubscriberOfTheProductNeverLearnsOfItsEarlyAdopterBuild() throws Exception {
		Catalogue catalogue = downloads.product();
		Tenant standard = downloads.customerOf(catalogue.name(), PlanCode.STANDARD);
		Http api = Http.basic(port, standard.userEmail(), AccountFixtures.PASSWORD);

		Http.Response product = api.get("/api/products/" + catalogue.product());
		assertThat(product.json().get("versions").valueStream().map(v -> v.get("version").asString())).containsExactly("1.0");
		assertThat(api.get("/api/products").body()).doesNotContain("2.0-beta").doesNotContain(catalogue.earlyFile().id().toString());
		assertNotFoundEverywhere(standard.userEmail(), catalogue, catalogue.earlyFile());
		assertThat(get(standard.userEmail(), "/api/downloads/" + catalogue.gaFile().id(), Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void anOrganisationWithoutASubscriptionForTheProductGets404OnEveryPath() throws Exception {
		Catalogue catalogue = downloads.product();
		Tenant otherProduct = downloads.customerOf("Constructor Proctor", PlanCode.PREMIER);
		Tenant none = accounts.tenant();
		for (Tenant tenant : List.of(otherProduct, none)) {
			Http api = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
			assertThat(api.get("/api/products").body()).doesNotContain(catalogue.name());
			assertThat(api.get("/api/products/" + catalogue.product()).status()).isEqualTo(404);
			assertNotFoundEverywhere(tenant.userEmail(), catalogue, catalogue.gaFile());
			assertNotFoundEverywhere(tenant.userEmail(), catalogue, catalogue.earlyFile());
			assertThat(api.put("/api/products/" + catalogue.product() + "/watch", null).status()).isEqualTo(404);
		}
	}

	@Test
	void aSubscriptionThatEndedClosesTheProduct() throws Exception {
		Catalogue catalogue = downloads.product();
		Tenant lapsed = accounts.tenant();
		java.time.Instant now = clock.instant();
		subscriptions.record(io.supportdesk.accounts.CurrentUser.system(), lapsed.id(), PlanCode.PREMIER, catalogue.name(),
				now.minus(java.time.Duration.ofDays(400)), now.minus(java.time.Duration.ofDays(35)));
		assertThat(Http.basic(port, lapsed.userEmail(), AccountFixtures.PASSWORD).get("/api/products/" + catalogue.product())
			.status()).isEqualTo(404);
		assertNotFoundEverywhere(lapsed.userEmail(), catalogue, catalogue.gaFile());
	}

	@Test
	void watchersAreToldOfNewVersionsAndOfAnEarlyAdopterBuildOnlyWhereTheirPlanIncludesIt() {
		Catalogue catalogue = downloads.product();
		Tenant premier = downloads.customerOf(catalogue.name(), PlanCode.PREMIER);
		Tenant standard = downloads.customerOf(catalogue.name(), PlanCode.STANDARD);
		for (Tenant tenant : List.of(premier, standard)) {
			Http.Response watching = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
				.put("/api/products/" + catalogue.product() + "/watch", null);
			assertThat(watching.json().get("watching").asBoolean()).isTrue();
		}
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		manager.post("/api/products/" + catalogue.product() + "/versions", Map.of("version", "3.0-rc1", "channel", "EARLY_ADOPTER"));
		manager.post("/api/products/" + catalogue.product() + "/versions", Map.of("version", "2.5", "channel", "GA"));

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(inbox.inbox(accounts.as(premier.userId()))).extracting(n -> n.text())
				.anySatisfy(text -> assertThat(text).contains(catalogue.name() + " 3.0-rc1"))
				.anySatisfy(text -> assertThat(text).contains(catalogue.name() + " 2.5"));
			assertThat(inbox.inbox(accounts.as(standard.userId()))).extracting(n -> n.text())
				.anySatisfy(text -> assertThat(text).contains(catalogue.name() + " 2.5"));
		});
		assertThat(inbox.inbox(accounts.as(standard.userId()))).extracting(n -> n.text())
			.noneSatisfy(text -> assertThat(text).contains("3.0-rc1"));
		assertThat(inbox.inbox(accounts.as(premier.userId()))).allSatisfy(n -> assertThat(n.link())
			.isEqualTo("/portal/downloads/" + catalogue.product()));
	}

	@Autowired
	io.supportdesk.notifications.NotificationInbox inbox;

	@Autowired
	io.supportdesk.plans.SubscriptionManagement subscriptions;

	@Autowired
	java.time.Clock clock;

	private void assertNotFoundEverywhere(String email, Catalogue catalogue, FileView file) throws Exception {
		Http api = Http.basic(port, email, AccountFixtures.PASSWORD);
		assertThat(get(email, "/api/downloads/" + file.id(), Map.of()).statusCode()).as("the file").isEqualTo(404);
		assertThat(get(email, "/api/downloads/" + file.id(), Map.of("Range", "bytes=0-1")).statusCode()).as("a range").isEqualTo(404);
		assertThat(api.get("/api/downloads/" + file.id() + "/sha256").status()).as("its checksum").isEqualTo(404);
		WebPaths.forEach(catalogue, file, page -> assertThat(io.supportdesk.WebSession.signIn(port, email, AccountFixtures.PASSWORD)
			.get(page).statusCode()).as(page).isEqualTo(404));
	}

	private HttpResponse<String> upload(String email, String path, byte[] content) throws IOException, InterruptedException {
		return client.send(request(email, path).header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> get(String email, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(email, path).GET();
		headers.forEach(request::header);
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String email, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((email + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static long storedFiles() throws IOException {
		java.nio.file.Path directory = java.nio.file.Path.of("target/test-data/downloads");
		if (!java.nio.file.Files.isDirectory(directory)) {
			return 0;
		}
		try (var files = java.nio.file.Files.walk(directory)) {
			return files.filter(java.nio.file.Files::isRegularFile).count();
		}
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static byte[] slice(byte[] whole, int from, int length) {
		byte[] part = new byte[length];
		System.arraycopy(whole, from, part, 0, length);
		return part;
	}

	/** The portal pages of a product, its checksum page and a browser download of the file. */
	static final class WebPaths {

		static void forEach(Catalogue catalogue, FileView file, java.util.function.Consumer<String> check) {
			String version = file.versionId().toString();
			check.accept("/portal/downloads/files/" + file.id());
			check.accept("/portal/downloads/" + catalogue.product() + "/versions/" + version + "/checksums");
			if (file.equals(catalogue.gaFile())) {
				check.accept("/portal/downloads/" + catalogue.product());
			}
		}
	}

}
