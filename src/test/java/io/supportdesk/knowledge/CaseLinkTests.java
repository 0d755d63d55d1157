package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.OpenCase;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * Cases linked to articles over the API and the pages: staff link and unlink them; the count shows to
 * everyone who may see the article (signed out for a public one, customers for theirs) and never for
 * an article they may not see; only staff learn which cases; refusals write nothing.
 */
@SupportdeskTest
class CaseLinkTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	CaseLinks links;

	@Autowired
	CaseManagement cases;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler timers;

	@Test
	void staffLinkACaseOnceAndEveryReaderOfThePublicArticleSeesTheCountButOnlyStaffTheCase() {
		ArticleId article = issue(Visibility.PUBLIC);
		CaseView c = openCase("en");
		Http staff = staffApi();

		Http.Response first = staff.post("/api/kb/articles/" + article + "/cases", Map.of("caseId", c.id().toString()));
		Http.Response again = staff.post("/api/kb/articles/" + article + "/cases", Map.of("caseId", c.id().toString()));

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(again.status()).as("already linked").isEqualTo(200);
		assertThat(again.json().get("count").asLong()).isEqualTo(1);
		assertThat(again.json().get("cases").get(0).get("reference").asString()).isEqualTo(c.reference().value());
		Http.Response anonymous = Http.anonymous(port).get("/api/kb/articles/" + article + "/cases");
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.json().get("count").asLong()).isEqualTo(1);
		assertThat(anonymous.json().get("cases").size()).as("which cases: staff only").isZero();
		AccountFixtures.Tenant other = accounts.tenant();
		Http.Response customer = Http.basic(port, other.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/kb/articles/" + article + "/cases");
		assertThat(customer.json().get("count").asLong()).isEqualTo(1);
		assertThat(customer.json().get("cases").size()).isZero();
		assertThat(customer.body()).doesNotContain(c.reference().value());
	}

	@Test
	void theCountOfACustomerArticleShowsToEntitledCustomersAndNeverToAnonymousReaders() {
		ArticleId article = issue(Visibility.CUSTOMERS);
		links.link(CurrentUser.system(), article, openCase("en").id());
		AccountFixtures.Tenant entitled = accounts.tenant();
		plans.subscribe(entitled.id(), PlanCode.STANDARD);
		AccountFixtures.Tenant withoutPlan = accounts.tenant();

		assertThat(Http.basic(port, entitled.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/kb/articles/" + article + "/cases").json().get("count").asLong()).isEqualTo(1);
		assertThat(Http.basic(port, withoutPlan.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/kb/articles/" + article + "/cases").status()).isEqualTo(404);
		assertThat(Http.anonymous(port).get("/api/kb/articles/" + article + "/cases").status()).isEqualTo(404);
		String slug = knowledge.article(Reader.of(CurrentUser.system()), article, Language.EN).slug();
		assertThat(WebSession.signIn(port, entitled.userEmail()).get("/kb/en/" + slug).body())
			.contains("id=\"kb-case-count\"").contains("1 linked case").doesNotContain("id=\"kb-case-list\"");
	}

	@Test
	void theCountOfAnInternalArticleIsNeverShownToCustomersOrAnonymousReaders() {
		ArticleId article = issue(Visibility.INTERNAL);
		links.link(CurrentUser.system(), article, openCase("en").id());
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http.Response customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/kb/articles/" + article + "/cases");
		Http.Response unknown = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/kb/articles/" + UUID.randomUUID() + "/cases");

		assertThat(customer.status()).isEqualTo(404);
		assertThat(customer.body().replace(article.toString(), "ID"))
			.isEqualTo(unknown.body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
		assertThat(Http.anonymous(port).get("/api/kb/articles/" + article + "/cases").status()).isEqualTo(404);
		assertThat(staffApi().get("/api/kb/articles/" + article + "/cases").json().get("count").asLong()).isEqualTo(1);
	}

	@Test
	void linkingANonExistentCaseOrArticleOrByACustomerIsRefusedAndWritesNothing() {
		ArticleId article = issue(Visibility.PUBLIC);
		ArticleId internal = issue(Visibility.INTERNAL);
		AccountFixtures.Tenant tenant = accounts.tenant();
		CaseView own = openCase(tenant, "en");
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http staff = staffApi();
		DatabaseSnapshot.withTimersHeld(timers, () -> {
			Map<String, String> before = DatabaseSnapshot.take(jdbc);

			assertThat(staff.post("/api/kb/articles/" + article + "/cases", Map.of("caseId", UUID.randomUUID().toString()))
				.status()).as("no such case").isEqualTo(404);
			assertThat(staff.post("/api/kb/articles/" + UUID.randomUUID() + "/cases", Map.of("caseId", own.id().toString()))
				.status()).as("no such article").isEqualTo(404);
			assertThat(staff.post("/api/kb/articles/" + article + "/cases", Map.of()).status()).as("no case").isEqualTo(400);
			assertThat(customer.post("/api/kb/articles/" + article + "/cases", Map.of("caseId", own.id().toString())).status())
				.as("a customer, an article they may see").isEqualTo(403);
			assertThat(customer.post("/api/kb/articles/" + internal + "/cases", Map.of("caseId", own.id().toString())).status())
				.as("a customer, an article they may not know of").isEqualTo(404);
			assertThat(customer.delete("/api/kb/articles/" + article + "/cases/" + own.id()).status()).isEqualTo(403);
			assertThat(customer.get("/api/cases/" + own.id() + "/articles").status()).isEqualTo(403);
			assertThat(customer.post("/api/cases/" + own.id() + "/articles", Map.of("kind", "HOW_TO")).status()).isEqualTo(403);

			assertThat(DatabaseSnapshot.take(jdbc)).as("nothing written").isEqualTo(before);
		});
	}

	@Test
	void theCaseListsItsArticlesAndUnlinkingRemovesTheCaseFromTheCount() {
		ArticleId first = issue(Visibility.PUBLIC);
		ArticleId second = issue(Visibility.INTERNAL);
		CaseView c = openCase("en");
		Http staff = staffApi();
		staff.post("/api/kb/articles/" + first + "/cases", Map.of("caseId", c.id().toString()));
		staff.post("/api/kb/articles/" + second + "/cases", Map.of("caseId", c.id().toString()));

		Http.Response linked = staff.get("/api/cases/" + c.id() + "/articles");
		assertThat(linked.json().valueStream().map(a -> a.get("id").asString()))
			.containsExactly(first.toString(), second.toString());
		assertThat(staff.delete("/api/kb/articles/" + first + "/cases/" + c.id()).status()).isEqualTo(204);

		assertThat(staff.get("/api/cases/" + c.id() + "/articles").json().valueStream().map(a -> a.get("id").asString()))
			.containsExactly(second.toString());
		assertThat(Http.anonymous(port).get("/api/kb/articles/" + first + "/cases").json().get("count").asLong()).isZero();
	}

	@Test
	void anArticleFromACaseIsAnInternalDraftInTheCasesLanguageWithTheLastPublicReplyAsBodyAndLinkedToTheCase() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		CaseView c = openCase(tenant, "de");
		CurrentUser agent = accounts.as(accounts.staff(Role.AGENT).id());
		cases.reply(agent, c.id(), "Erste Antwort.", true);
		cases.reply(agent, c.id(), "Interne Notiz.", false);
		cases.reply(agent, c.id(), "Die Lösung: **Zertifikat** neu laden.\n\nDann neu anmelden.", true);
		cases.reply(accounts.as(tenant.userId()), c.id(), "Danke, geht!", true);

		Http.Response created = staffApi().post("/api/cases/" + c.id() + "/articles", Map.of("kind", "KNOWN_ISSUE"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		ArticleId id = ArticleId.parse(created.json().get("id").asString(), "id");
		ArticleView draft = knowledge.article(Reader.of(CurrentUser.system()), id, Language.DE);
		assertThat(draft.lang()).isEqualTo(Language.DE);
		assertThat(draft.kind()).isEqualTo(ArticleKind.KNOWN_ISSUE);
		assertThat(draft.visibility()).isEqualTo(Visibility.INTERNAL);
		assertThat(draft.state()).isEqualTo(TranslationState.DRAFT);
		assertThat(draft.title()).isEqualTo(c.subject());
		assertThat(draft.body()).isEqualTo("Die Lösung: **Zertifikat** neu laden.\n\nDann neu anmelden.");
		assertThat(draft.summary()).isEqualTo("Die Lösung: **Zertifikat** neu laden.");
		assertThat(links.ofCase(CurrentUser.system(), c.id())).extracting(LinkedArticle::id).containsExactly(id);
		assertThat(staffApi().post("/api/cases/" + c.id() + "/articles", Map.of("kind", "FAQ")).status())
			.as("how-to or known issue only").isEqualTo(400);
	}

	@Test
	void aCaseWithoutAPublicReplyGivesItsDescriptionAndAnUnspokenLanguageGivesEnglish() {
		CaseView c = openCase("it");

		ArticleView draft = links.createFrom(CurrentUser.system(), c.id(), ArticleKind.HOW_TO);

		assertThat(draft.lang()).isEqualTo(Language.EN);
		assertThat(draft.body()).isEqualTo(c.description());
	}

	@Test
	void theConsoleShowsLinksOnBothPagesAndLinksByReference() {
		ArticleId article = issue(Visibility.PUBLIC);
		CaseView c = openCase("en");
		WebSession staff = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		String page = "/console/kb/" + article;

		HttpResponse<String> linked = staff.form(page, page + "/cases", Map.of("reference", c.reference().value().toLowerCase()));
		assertThat(linked.statusCode()).isEqualTo(302);
		assertThat(staff.get(page).body()).contains("1 linked case").contains(c.reference().value())
			.contains("/console/cases/" + c.id());
		HttpResponse<String> unknown = staff.form(page, page + "/cases", Map.of("reference", "CS-NONE-00"));
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(staff.get(page).body()).contains("id=\"kb-link-error\"");

		String title = knowledge.article(Reader.of(CurrentUser.system()), article, Language.EN).title();
		assertThat(staff.get("/console/cases/" + c.id()).body()).contains("/console/cases/" + c.id() + "/kb\"")
			.contains("/console/cases/" + c.id() + "/kb/insert");
		String panel = staff.get("/console/cases/" + c.id() + "/kb").body();
		assertThat(panel).contains(title).contains("/console/kb/" + article).contains("id=\"kb-from-case\"");
		String slug = knowledge.article(Reader.anonymous(), article, Language.EN).slug();
		assertThat(WebSession.anonymous(port).get("/kb/en/" + slug).body()).contains("1 linked case")
			.doesNotContain(c.reference().value());
		assertThat(staff.get("/kb/en/" + slug).body()).as("staff: which case too").contains(c.reference().value());

		HttpResponse<String> unlinked = staff.form("/console/cases/" + c.id(),
				"/console/cases/" + c.id() + "/kb/links/" + article + "/delete", Map.of());
		assertThat(unlinked.statusCode()).isEqualTo(302);
		assertThat(staff.get("/console/cases/" + c.id() + "/kb").body()).contains("id=\"kb-case-none\"");
	}

	@Test
	void theReplyFormsSearchFindsArticlesInTheCasesLanguageWithTheirAddressToInsert() {
		String token = KnowledgeFixtures.token();
		ArticleId article = new KnowledgeFixtures(knowledge).article(ArticleKind.HOW_TO, Visibility.PUBLIC, List.of(
				TranslationDraft.of(Language.EN, "Proxy settings " + token, "S", "Body", TranslationState.PUBLISHED),
				TranslationDraft.of(Language.FR, "Réglages du proxy " + token, "S", "Corps", TranslationState.PUBLISHED)));
		CaseView c = openCase("fr");
		WebSession staff = WebSession.signIn(port, accounts.staff(Role.AGENT).email()).htmx();
		String slug = knowledge.article(Reader.anonymous(), article, Language.FR).slug();

		String hits = staff.get("/console/cases/" + c.id() + "/kb/search?q=" + token).body();

		assertThat(hits).contains("Réglages du proxy " + token).contains("data-kb-insert=\"reply-body\"")
			.containsPattern("data-kb-url=\"https?://[^\"]+/kb/fr/" + slug + "\"");
		assertThat(staff.get("/console/cases/" + c.id() + "/kb/insert").body()).contains("id=\"kb-insert-q\"")
			.contains("/js/kb-insert.js");
		HttpResponse<String> link = staff.form("/console/cases/" + c.id(), "/console/cases/" + c.id() + "/kb/links",
				Map.of("articleId", article.toString()));
		assertThat(link.statusCode()).isEqualTo(302);
		assertThat(links.ofCase(CurrentUser.system(), c.id())).extracting(LinkedArticle::id).containsExactly(article);
	}

	@Test
	void createArticleFromThisCaseOpensTheDraftsEditor() {
		CaseView c = openCase("es");
		WebSession staff = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		HttpResponse<String> created = staff.form("/console/cases/" + c.id(), "/console/cases/" + c.id() + "/kb/articles",
				Map.of("kind", "HOW_TO"));

		assertThat(created.statusCode()).isEqualTo(302);
		String editor = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(editor).matches("/console/kb/[0-9a-f-]{36}/translations/es");
		assertThat(staff.get(editor).body()).contains(c.subject());
	}

	private ArticleId issue(Visibility visibility) {
		String token = KnowledgeFixtures.token();
		return new KnowledgeFixtures(knowledge).article(ArticleKind.KNOWN_ISSUE, visibility, List.of(TranslationDraft
			.of(Language.EN, "Known issue " + token, "A summary", "The body.", TranslationState.PUBLISHED)));
	}

	private Http staffApi() {
		return Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
	}

	private CaseView openCase(String language) {
		return openCase(accounts.tenant(), language);
	}

	private CaseView openCase(AccountFixtures.Tenant tenant, String language) {
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return cases.open(accounts.as(tenant.userId()), new OpenCase(tenant.id(), tenant.userId(),
				"Sign-in loops " + UUID.randomUUID(), "Since this morning we loop.", null, language, Channel.PORTAL, 3));
	}

}
