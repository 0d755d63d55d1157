package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * What a reader may not see does not exist for them, on every read path — the article page, the
 * search page, the API's search, article and suggestions, the category counts: signed out, public
 * articles; a customer of any plan (each includes the knowledge base), customer articles too; a
 * customer whose organisation has no plan in force, public ones only; staff, everything including
 * internal articles and drafts.
 */
@SupportdeskTest
class KnowledgeVisibilityTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	String token;

	Map<String, ArticleId> ids;

	Map<String, String> slugs;

	/** One article per visibility, and a public draft, all about the same made-up word. */
	@BeforeEach
	void articles() {
		token = KnowledgeFixtures.token();
		KnowledgeFixtures fixtures = new KnowledgeFixtures(knowledge);
		ids = new java.util.LinkedHashMap<>();
		for (Visibility visibility : Visibility.values()) {
			ids.put(visibility.name(), fixtures.article(ArticleKind.KNOWN_ISSUE, visibility, List.of(TranslationDraft.of(
					Language.EN, visibility + " exam session " + token, "Sessions stop", "The exam session stops " + token,
					TranslationState.PUBLISHED))));
		}
		ids.put("DRAFT", fixtures.article(ArticleKind.KNOWN_ISSUE, Visibility.PUBLIC, List.of(TranslationDraft.of(
				Language.EN, "DRAFT exam session " + token, "Sessions stop", "The exam session stops " + token,
				TranslationState.DRAFT))));
		slugs = ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> knowledge.article(Reader.of(io.supportdesk.accounts.CurrentUser.system()), e.getValue(), Language.EN)
					.slug()));
	}

	@Test
	void signedOutReadersSeeOnlyPublishedPublicArticles() {
		assertSees(Http.anonymous(port), WebSession.anonymous(port), Set.of("PUBLIC"));
	}

	@ParameterizedTest(name = "a customer of {0}")
	@ValueSource(strings = { "STANDARD", "PREMIER", "PROCTORED_EXAM_24X7" })
	void aCustomerWhosePlanIncludesTheKnowledgeBaseSeesCustomerArticlesButNeverInternalOnes(String code) {
		PlanCode plan = PlanCode.of(code);
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), plan);
		assertSees(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD), WebSession.signIn(port, tenant.userEmail()),
				Set.of("PUBLIC", "CUSTOMERS"));
	}

	@Test
	void aCustomerWithoutAPlanInForceSeesOnlyPublicArticles() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		assertSees(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD), WebSession.signIn(port, tenant.userEmail()),
				Set.of("PUBLIC"));
	}

	@Test
	void staffSeeEverythingIncludingInternalArticlesAndDrafts() {
		String email = accounts.staff(Role.AGENT).email();
		assertSees(Http.basic(port, email, AccountFixtures.PASSWORD), WebSession.signIn(port, email),
				Set.of("PUBLIC", "CUSTOMERS", "INTERNAL", "DRAFT"));
	}

	@Test
	void aCustomerNeverLearnsThatAnInternalArticleExists() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http.Response internal = customer.get("/api/kb/articles/" + ids.get("INTERNAL"));
		Http.Response unknown = customer.get("/api/kb/articles/" + java.util.UUID.randomUUID());

		assertThat(internal.status()).isEqualTo(404);
		assertThat(internal.body().replace(ids.get("INTERNAL").toString(), "ID"))
			.as("the same answer as for an id that does not exist")
			.isEqualTo(unknown.body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
		assertThat(customer.put("/api/kb/articles/" + ids.get("INTERNAL") + "/translations/en", Map.of("title", "T",
				"summary", "S", "body", "B")).status()).as("not 403: that would say it exists").isEqualTo(404);
		assertThat(customer.post("/api/kb/articles/" + ids.get("INTERNAL") + "/translations/en/votes",
				Map.of("helpful", true)).status()).isEqualTo(404);
	}

	private void assertSees(Http api, WebSession web, Set<String> visible) {
		for (Map.Entry<String, ArticleId> article : ids.entrySet()) {
			boolean sees = visible.contains(article.getKey());
			String what = article.getKey() + (sees ? " visible" : " invisible");
			assertThat(api.get("/api/kb/articles/" + article.getValue() + "?lang=en").status()).as("API article, " + what)
				.isEqualTo(sees ? 200 : 404);
			assertThat(web.get("/kb/en/" + slugs.get(article.getKey())).statusCode()).as("article page, " + what)
				.isEqualTo(sees ? 200 : 404);
		}
		Http.Response search = api.get("/api/kb/articles?lang=en&q=" + token);
		assertThat(search.json().get("results").valueStream().map(r -> r.get("title").asString().split(" ")[0]))
			.as("API search").containsExactlyInAnyOrderElementsOf(visible);
		assertThat(search.json().get("total").asLong()).as("API search count").isEqualTo(visible.size());
		Http.Response suggestions = api.get("/api/kb/suggestions?lang=en&subject=" + token
				+ "&description=" + KnowledgeFixtures.token());
		Set<String> published = visible.stream().filter(v -> !v.equals("DRAFT")).collect(Collectors.toSet());
		assertThat(suggestions.json().valueStream().map(r -> r.get("title").asString().split(" ")[0]))
			.as("suggestions (published only)").containsExactlyInAnyOrderElementsOf(published);

		HttpResponse<String> page = web.get("/kb?q=" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		for (String key : ids.keySet()) {
			assertThat(page.body().contains(key + " exam session " + token)).as("search page shows " + key)
				.isEqualTo(visible.contains(key));
		}
		assertThat(page.body()).as("search page count").contains(visible.size() + " article");
	}
}
