package io.supportdesk.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.notifications.NotificationInbox;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.TamManagement;

/**
 * The suggestion board through its API: one vote per user across toggles and merges, similar suggestions
 * while typing, statuses that reach followers and voters, names that never reach other customers, demand
 * by plan and a TAM's vote for an account.
 */
@SupportdeskTest
class SuggestionBoardTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SuggestionBoard board;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	TamManagement tams;

	@Autowired
	io.supportdesk.MutableClock clock;

	@Test
	void aVoteCountsOncePerUserAcrossTogglesAndMerges() {
		Tenant a = subscribed(PlanCode.PREMIER);
		Tenant b = subscribed(PlanCode.STANDARD);
		String target = submit(a, "Dark mode for the proctor console " + tag());
		String duplicate = submit(b, "A dark theme for the console " + tag());
		Http userOfA = Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD);
		Http userOfB = Http.basic(port, b.userEmail(), AccountFixtures.PASSWORD);

		assertThat(userOfA.put("/api/suggestions/" + target + "/vote", null).json().get("votes").asLong()).isEqualTo(1);
		assertThat(userOfA.put("/api/suggestions/" + target + "/vote", null).json().get("votes").asLong()).as("again").isEqualTo(1);
		assertThat(userOfA.delete("/api/suggestions/" + target + "/vote").json().get("votes").asLong()).isZero();
		userOfA.put("/api/suggestions/" + target + "/vote", null);
		userOfB.put("/api/suggestions/" + target + "/vote", null);
		userOfB.put("/api/suggestions/" + duplicate + "/vote", null);
		Http.basic(port, b.adminEmail(), AccountFixtures.PASSWORD).put("/api/suggestions/" + duplicate + "/vote", null);

		Http staff = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		Http.Response merged = staff.post("/api/suggestions/" + duplicate + "/merge", Map.of("into", target));

		// A's user and B's user on the target, B's admin from the duplicate; B's user voted for both: once
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		assertThat(merged.json().get("votes").asLong()).isEqualTo(3);
		Http.Response redirect = userOfA.get("/api/suggestions/" + duplicate);
		assertThat(redirect.status()).isEqualTo(308);
		assertThat(redirect.header("Location")).isEqualTo("/api/suggestions/" + target);
		assertThat(userOfA.get("/api/suggestions?sort=newest").body()).doesNotContain(duplicate);
		assertThat(board.audience(new SuggestionId(UUID.fromString(target)))).as("followers moved too")
			.contains(b.userId());
	}

	@Test
	void similarSuggestionsAreShownWhileTypingInEachSuggestionsLanguage() {
		Tenant a = subscribed(PlanCode.PREMIER);
		String product = "Proctor " + tag();
		String english = submit(a, "Export exam results to spreadsheets", product);
		Http german = Http.basic(port, a.adminEmail(), AccountFixtures.PASSWORD);
		german.put("/api/me/preferences", Map.of("language", "de", "timeZone", "Europe/Berlin"));
		String deutsch = german.post("/api/suggestions", Map.of("title", "Prüfungsergebnisse automatisch archivieren",
				"description", "Nach jeder Prüfung.", "product", product)).json().get("id").asString();
		Http api = Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD);

		assertThat(api.get("/api/suggestions/similar?product=" + enc(product) + "&q=" + enc("exporting the results")).body())
			.contains(english).doesNotContain(deutsch);
		assertThat(api.get("/api/suggestions/similar?product=" + enc(product) + "&q=" + enc("Prufungsergebnisse")).body())
			.as("accents folded, German stems").contains(deutsch);
		assertThat(api.get("/api/suggestions/similar?product=" + enc(product) + "&q=" + enc("spreadsheeet")).body())
			.as("a typo finds a similar title").contains(english);
	}

	@Test
	void aNewStatusReachesFollowersAndVotersWithItsResponse() {
		Tenant a = subscribed(PlanCode.PREMIER);
		Tenant b = subscribed(PlanCode.STANDARD);
		String id = submit(a, "Single sign-on with SAML " + tag());
		Http.basic(port, b.userEmail(), AccountFixtures.PASSWORD).put("/api/suggestions/" + id + "/vote", null);
		Http staff = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);

		assertThat(staff.post("/api/suggestions/" + id + "/status", Map.of("status", "SHIPPED", "response",
				"It is in 5.5.")).status()).as("a shipped status needs its version").isEqualTo(400);
		Http.Response shipped = staff.post("/api/suggestions/" + id + "/status", Map.of("status", "SHIPPED",
				"response", "It is in 5.5.", "version", "5.5"));

		assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
		assertThat(shipped.json().get("history").get(0).get("response").asString()).isEqualTo("It is in 5.5.");
		for (var user : java.util.List.of(a.userId(), b.userId())) {
			Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox.inbox(accounts.as(user)))
				.anySatisfy(n -> {
					assertThat(n.kind().name()).isEqualTo("SUGGESTION_STATUS");
					assertThat(n.text()).contains("shipped").contains("5.5");
					assertThat(n.link()).isEqualTo("/portal/suggestions/" + id);
				}));
		}
	}

	@Test
	void aCustomerNeverSeesTheNamesOfOtherOrganisationsOrTheirPeople() {
		Tenant a = subscribed(PlanCode.PREMIER);
		Tenant b = subscribed(PlanCode.STANDARD);
		String id = submit(b, "Bulk import of candidates " + tag());
		Http.basic(port, b.adminEmail(), AccountFixtures.PASSWORD).post("/api/suggestions/" + id + "/comments",
				Map.of("body", "We need this for 2000 candidates."));
		String orgOfB = accounts.as(b.userId()).organisationId().toString();

		Http.Response seenByA = Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD).get("/api/suggestions/" + id);
		assertThat(seenByA.status()).isEqualTo(200);
		assertThat(seenByA.body()).contains("We need this").doesNotContain(b.userEmail()).doesNotContain(b.adminEmail())
			.doesNotContain("User " + b.userEmail().substring(5, 13)).doesNotContain("Admin ").doesNotContain(orgOfB)
			.doesNotContain("Org ");
		assertThat(seenByA.json().get("author").get("kind").asString()).isEqualTo("CUSTOMER");
		Http.Response seenByStaff = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/suggestions/" + id);
		assertThat(seenByStaff.json().get("author").get("organisation").asString()).startsWith("Org ");
	}

	@Test
	void staffWeighDemandByOrganisationsAndPlansAndATamVotesForAnAccount() {
		Tenant premier = subscribed(PlanCode.PREMIER);
		Tenant standard = subscribed(PlanCode.STANDARD);
		String id = submit(standard, "Offline exams " + tag());
		Http.basic(port, standard.userEmail(), AccountFixtures.PASSWORD).put("/api/suggestions/" + id + "/vote", null);
		Http.basic(port, standard.adminEmail(), AccountFixtures.PASSWORD).put("/api/suggestions/" + id + "/vote", null);
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), premier.id(), tam.id());
		Http asTam = Http.basic(port, tam.email(), AccountFixtures.PASSWORD);
		assertThat(asTam.put("/api/suggestions/" + id + "/vote?organisation=" + standard.id(), null).status())
			.as("not the TAM's account").isEqualTo(400);
		assertThat(asTam.put("/api/suggestions/" + id + "/vote?organisation=" + premier.id(), null).status()).isEqualTo(200);

		Http.Response demand = asTam.get("/api/suggestions/" + id + "/demand");

		assertThat(demand.json().get("votes").asLong()).isEqualTo(3);
		assertThat(demand.json().get("organisations").asLong()).isEqualTo(2);
		assertThat(demand.json().get("organisationsByPlan").get("PREMIER").asLong()).isEqualTo(1);
		assertThat(demand.json().get("organisationsByPlan").get("STANDARD").asLong()).isEqualTo(1);
		assertThat(Http.basic(port, standard.userEmail(), AccountFixtures.PASSWORD).get("/api/suggestions/" + id + "/demand")
			.status()).isEqualTo(403);
	}

	@Test
	void listsSortByVotesTrendingAndNewestAndFilterByProductAndStatus() {
		Tenant a = subscribed(PlanCode.PREMIER);
		Tenant b = subscribed(PlanCode.STANDARD);
		String product = "Lists " + tag();
		String older = submit(a, "Older and popular", product);
		// the newer one a minute later (the test clock stands still otherwise)
		clock.advance(Duration.ofMinutes(1));
		String newer = submit(a, "Newer and quiet", product);
		Http.basic(port, b.userEmail(), AccountFixtures.PASSWORD).put("/api/suggestions/" + older + "/vote", null);
		Http api = Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD);

		assertThat(ids(api.get("/api/suggestions?sort=votes&product=" + enc(product)))).containsExactly(older, newer);
		assertThat(ids(api.get("/api/suggestions?sort=trending&product=" + enc(product)))).containsExactly(older, newer);
		assertThat(ids(api.get("/api/suggestions?sort=newest&product=" + enc(product)))).containsExactly(newer, older);
		assertThat(ids(api.get("/api/suggestions?status=PLANNED&product=" + enc(product)))).isEmpty();
	}

	@Test
	void anOrganisationWithoutAPlanHasNoBoard() {
		Tenant a = subscribed(PlanCode.PREMIER);
		String id = submit(a, "Hidden from the unsubscribed " + tag());
		Http none = Http.basic(port, accounts.tenant().userEmail(), AccountFixtures.PASSWORD);
		assertThat(none.get("/api/suggestions").status()).isEqualTo(403);
		assertThat(none.get("/api/suggestions/" + id).status()).isEqualTo(404);
		assertThat(none.put("/api/suggestions/" + id + "/vote", null).status()).isEqualTo(404);
	}

	private java.util.List<String> ids(Http.Response list) {
		return list.json().valueStream().map(s -> s.get("id").asString()).toList();
	}

	private Tenant subscribed(PlanCode plan) {
		Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), plan);
		return tenant;
	}

	private String submit(Tenant tenant, String title) {
		return submit(tenant, title, "Constructor Proctor");
	}

	private String submit(Tenant tenant, String title, String product) {
		Http.Response created = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).post("/api/suggestions",
				Map.of("title", title, "description", "So that " + title.toLowerCase() + " works.", "product", product));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
