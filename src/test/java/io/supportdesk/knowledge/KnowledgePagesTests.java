package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.Language;

/**
 * The console's knowledge base pages as staff use them (create, translate, publish, archive, history)
 * and the readers' pages (the article, "Was this helpful?"), posted as the pages' forms are.
 */
@SupportdeskTest
class KnowledgePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	AccountFixtures accounts;

	@Test
	void staffWriteADraftInGermanTranslateItPublishItAndArchiveIt() {
		WebSession staff = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		String token = KnowledgeFixtures.token();
		Map<String, String> article = new LinkedHashMap<>(Map.of("kind", "HOW_TO", "visibility", "PUBLIC", "category",
				"network", "product", "Proctor Client", "tags", "proxy, network", "lang", "de", "title",
				"Proxy einrichten " + token, "summary", "Für Prüfungsräume", "body", "Öffnen Sie die **Einstellungen**."));
		article.put("state", "DRAFT");

		HttpResponse<String> created = staff.form("/console/kb/new", "/console/kb", article);
		assertThat(created.statusCode()).isEqualTo(302);
		String page = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		ArticleId id = ArticleId.parse(page.substring(page.lastIndexOf('/') + 1), "id");
		assertThat(knowledge.article(Reader.of(CurrentUser.system()), id, Language.DE).state()).isEqualTo(TranslationState.DRAFT);
		assertThat(WebSession.anonymous(port).get("/kb/de/proxy-einrichten-" + token).statusCode()).as("a draft")
			.isEqualTo(404);

		assertThat(staff.form(page, page + "/translations/de/publish", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> published = WebSession.anonymous(port).get("/kb/de/proxy-einrichten-" + token + "?lang=de");
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.body()).contains("<strong>Einstellungen</strong>").contains("Proctor Client");

		HttpResponse<String> translated = staff.form(page + "/translations/en", page + "/translations/en",
				Map.of("title", "Setting up the proxy " + token, "summary", "For exam rooms", "body", "Open the settings.",
						"workaround", "", "slug", "", "state", "PUBLISHED"));
		assertThat(translated.statusCode()).isEqualTo(302);
		assertThat(knowledge.article(Reader.anonymous(), id, Language.FR).lang()).as("French falls back to English")
			.isEqualTo(Language.EN);

		assertThat(staff.form(page, page + "/translations/de/archive", Map.of()).statusCode()).isEqualTo(302);
		assertThat(knowledge.article(Reader.anonymous(), id, Language.DE).fallback()).as("archived: English now").isTrue();
		HttpResponse<String> history = staff.get(page + "/translations/de/history");
		assertThat(history.body()).contains("id=\"revision-3\"").contains("id=\"revision-1\"");
		assertThat(staff.get(page).body()).contains("id=\"kb-deflection-counts\"");
	}

	@Test
	void aBlankTitleIsShownNextToTheFieldAndNothingIsWritten() {
		WebSession staff = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		int before = knowledge.recent(CurrentUser.system(), 500).size();

		HttpResponse<String> refused = staff.form("/console/kb/new?lang=en", "/console/kb", Map.of("kind", "FAQ",
				"visibility", "PUBLIC", "lang", "en", "title", " ", "summary", "S", "body", "B", "state", "DRAFT"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("field-error").contains("is required");
		assertThat(knowledge.recent(CurrentUser.system(), 500)).hasSize(before);
	}

	@Test
	void customersMayNotOpenTheConsolePages() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		assertThat(WebSession.signIn(port, tenant.userEmail()).get("/console/kb").statusCode()).isEqualTo(403);
	}

	@Test
	void aSignedInReaderVotesOnceAndASignedOutOneIsAskedToSignIn() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		String token = KnowledgeFixtures.token();
		ArticleId id = new KnowledgeFixtures(knowledge).published(Visibility.PUBLIC, Language.EN, "Helpful " + token, "S",
				"B");
		String slug = knowledge.article(Reader.anonymous(), id, Language.EN).slug();
		WebSession customer = WebSession.signIn(port, tenant.userEmail());

		customer.form("/kb/en/" + slug, "/kb/en/" + slug + "/vote", Map.of("helpful", "true"));
		HttpResponse<String> again = customer.form("/kb/en/" + slug, "/kb/en/" + slug + "/vote", Map.of("helpful", "true"));

		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(knowledge.article(Reader.anonymous(), id, Language.EN).helpful()).isEqualTo(1);
		assertThat(customer.get("/kb/en/" + slug).body()).contains("id=\"helpful-yes\"");
		assertThat(WebSession.anonymous(port).get("/kb/en/" + slug).body()).doesNotContain("id=\"helpful-yes\"")
			.contains("/login");
	}
}
