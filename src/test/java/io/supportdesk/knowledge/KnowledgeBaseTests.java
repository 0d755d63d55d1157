package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.Language;

/**
 * Search that understands the four languages (stems, accents, German compounds), ranking, the English
 * fallback, version history, votes and bad input — through the facade and over HTTP.
 */
@SupportdeskTest
class KnowledgeBaseTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	SearchVocabulary vocabulary;

	KnowledgeFixtures articles;

	@BeforeEach
	void fixtures() {
		articles = new KnowledgeFixtures(knowledge);
	}

	private List<ArticleId> found(String text, Language lang) {
		return knowledge.search(Reader.anonymous(), SearchQuery.of(text, lang)).hits().stream().map(SearchHit::id).toList();
	}

	@Test
	void englishStemsMatchSoInstallingFindsInstallation() {
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.published(Visibility.PUBLIC, Language.EN, "Installation of the desktop client " + token,
				"Before the first exam", "Run the installer as administrator.");

		assertThat(found("installing " + token, Language.EN)).containsExactly(id);
		assertThat(found("installed " + token, Language.EN)).containsExactly(id);
	}

	@Test
	void germanInflectionsAndCompoundsMatchSoPruefungenFindsPruefung() {
		String token = KnowledgeFixtures.token();
		ArticleId exam = articles.published(Visibility.PUBLIC, Language.DE, "Vorbereitung auf die Prüfung " + token,
				"Was vor dem Termin zu tun ist", "Prüfen Sie die Kamera.");
		ArticleId session = articles.published(Visibility.PUBLIC, Language.DE, "Prüfungssitzung startet nicht " + token,
				"Fehlermeldung beim Start", "Die Sitzung bleibt bei „wird vorbereitet“ stehen.");

		assertThat(found("Prüfungen " + token, Language.DE)).containsExactlyInAnyOrder(exam, session);
		assertThat(found("Prufung " + token, Language.DE)).as("without the umlaut").containsExactlyInAnyOrder(exam, session);
		assertThat(found("Sitzungen " + token, Language.DE)).containsExactly(session);
	}

	@Test
	void germanCompoundsSplitIntoWordsTheIndexKnowsSoPruefungsraumFindsPruefung() {
		String token = KnowledgeFixtures.token();
		ArticleId exam = articles.published(Visibility.PUBLIC, Language.DE, "Vorbereitung auf die Prüfung " + token,
				"Was vor dem Termin zu tun ist", "Prüfen Sie die Kamera.");
		ArticleId network = articles.published(Visibility.PUBLIC, Language.DE, "Netzwerk einrichten " + token,
				"Proxy und Firewall", "Tragen Sie den Proxy ein.");
		ArticleId other = articles.published(Visibility.PUBLIC, Language.DE, "Lizenz aktivieren " + token,
				"Schlüssel eingeben", "Der Schlüssel steht in der Bestellung.");
		vocabulary.refresh();

		assertThat(found("Prüfungsraum " + token, Language.DE)).containsExactly(exam);
		assertThat(found("Prüfungsräume " + token, Language.DE)).as("inflected").containsExactly(exam);
		assertThat(found("Netzwerkfehler " + token, Language.DE)).containsExactly(network);
		assertThat(found("Lizenzschlüssel " + token, Language.DE)).containsExactly(other);
		assertThat(knowledge.suggestions(Reader.anonymous(), "Netzwerkfehler " + token, "", Language.DE))
			.extracting(SearchHit::id).first().isEqualTo(network);
	}

	@Test
	void frenchAccentsAreFoldedBothWays() {
		String token = KnowledgeFixtures.token();
		ArticleId accented = articles.published(Visibility.PUBLIC, Language.FR, "Paramètres réseau " + token,
				"Configurer le proxy", "Ouvrez les paramètres du réseau de l'entreprise.");
		String other = KnowledgeFixtures.token();
		ArticleId plain = articles.published(Visibility.PUBLIC, Language.FR, "Parametres reseau " + other,
				"Configurer le proxy", "Sans accents.");

		assertThat(found("reseau " + token, Language.FR)).containsExactly(accented);
		assertThat(found("réseaux " + other, Language.FR)).containsExactly(plain);
	}

	@Test
	void spanishAccentsAndStemsMatch() {
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.published(Visibility.PUBLIC, Language.ES, "Restablecer la contraseña " + token,
				"Si olvidó su contraseña", "Abra la página de inicio de sesión y pulse «¿Olvidó su contraseña?».");

		assertThat(found("contrasena " + token, Language.ES)).containsExactly(id);
		assertThat(found("contraseñas " + token, Language.ES)).containsExactly(id);
	}

	@Test
	void aSearchReadsTheQueryInTheReadersLanguage() {
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.published(Visibility.PUBLIC, Language.DE, "Netzwerkeinstellungen " + token, "Proxy",
				"Tragen Sie den Proxy ein.");

		assertThat(found("Netzwerkeinstellung " + token, Language.DE)).containsExactly(id);
		assertThat(found(token, Language.FR)).as("a German-only article is no French reader's result").isEmpty();
	}

	@Test
	void aTitleMatchOutranksBodyMatchesAndTiesGoToTheNewer() {
		String token = KnowledgeFixtures.token();
		ArticleId inBody = articles.published(Visibility.PUBLIC, Language.EN, "Exam room checklist", "What to check",
				(token + " ").repeat(12) + "is mentioned often here.");
		ArticleId inTitle = articles.published(Visibility.PUBLIC, Language.EN, "About " + token, "Short", "Nothing else.");

		SearchResults results = knowledge.search(Reader.anonymous(), SearchQuery.of(token, Language.EN));

		assertThat(results.hits()).extracting(SearchHit::id).containsExactly(inTitle, inBody);
		assertThat(results.hits().get(0).score()).isGreaterThanOrEqualTo(1.0);
		assertThat(results.hits().get(1).score()).isLessThan(1.0);
	}

	@Test
	void snippetsMarkTheMatchesAndEscapeEverythingElse() {
		String token = KnowledgeFixtures.token();
		articles.published(Visibility.PUBLIC, Language.EN, "Proxy " + token, "Use <script>alert(1)</script> nowhere",
				"The **proxy** must allow the exam host.");

		SearchHit hit = knowledge.search(Reader.anonymous(), SearchQuery.of("proxy " + token, Language.EN)).hits().get(0);

		assertThat(hit.snippet()).contains("<mark>proxy</mark>").doesNotContain("<script>").doesNotContain("**");
	}

	@Test
	void aTypoFindsSimilarTitlesWhenTheWordsMatchNothing() {
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.published(Visibility.PUBLIC, Language.EN, "Licence activation " + token, "Activate offline",
				"Enter the key.");

		SearchResults results = knowledge.search(Reader.anonymous(),
				SearchQuery.of(token.substring(0, 10) + "x", Language.EN));

		assertThat(results.approximate()).isTrue();
		assertThat(results.hits()).extracting(SearchHit::id).contains(id);
	}

	@Test
	void filtersByKindCategoryAndProduct() {
		String token = KnowledgeFixtures.token();
		ArticleId issue = knowledge.create(CurrentUser.system(), new ArticleDetails(ArticleKind.KNOWN_ISSUE,
				Visibility.PUBLIC, "exam-sessions", "Proctor", List.of("camera"), List.of("5.2", "5.3"), IssueStatus.OPEN, null),
				List.of(TranslationDraft.of(Language.EN, "Camera freezes " + token, "In 5.2", "Restart.",
						TranslationState.PUBLISHED)));
		ArticleId howTo = articles.published(Visibility.PUBLIC, Language.EN, "Camera setup " + token, "Before", "Allow it.");

		assertThat(ids(new SearchQuery(token, Language.EN, ArticleKind.KNOWN_ISSUE, null, null, 20))).containsExactly(issue);
		assertThat(ids(new SearchQuery(token, Language.EN, null, "exams", null, 20))).as("a parent category holds its children")
			.containsExactly(issue);
		assertThat(ids(new SearchQuery(token, Language.EN, null, null, "proctor", 20))).containsExactly(issue);
		assertThat(ids(new SearchQuery(token, Language.EN, null, null, null, 20))).containsExactlyInAnyOrder(issue, howTo);
	}

	private List<ArticleId> ids(SearchQuery query) {
		return knowledge.search(Reader.anonymous(), query).hits().stream().map(SearchHit::id).toList();
	}

	@Test
	void aMissingTranslationFallsBackToEnglishMarkedAsSuch() {
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.article(ArticleKind.FAQ, Visibility.PUBLIC, List.of(
				TranslationDraft.of(Language.EN, "Which browsers work " + token, "Supported browsers", "Chrome and Firefox.",
						TranslationState.PUBLISHED),
				TranslationDraft.of(Language.FR, "Quels navigateurs " + token, "Navigateurs", "Chrome et Firefox.",
						TranslationState.PUBLISHED)));

		ArticleView german = knowledge.article(Reader.anonymous(), id, Language.DE);
		assertThat(german.fallback()).isTrue();
		assertThat(german.lang()).isEqualTo(Language.EN);
		assertThat(german.title()).startsWith("Which browsers");
		ArticleView french = knowledge.article(Reader.anonymous(), id, Language.FR);
		assertThat(french.fallback()).isFalse();
		assertThat(french.title()).startsWith("Quels navigateurs");
		assertThat(knowledge.search(Reader.anonymous(), SearchQuery.of("browsers " + token, Language.DE)).hits())
			.as("a German reader finds the English text of an article without German").extracting(SearchHit::lang)
			.containsExactly(Language.EN);

		Http.Response page = Http.anonymous(port).get("/kb/de/" + german.slug() + "?lang=de");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"kb-fallback\"").contains("Which browsers work");
		Http.Response api = Http.anonymous(port).get("/api/kb/articles/" + id + "?lang=es");
		assertThat(api.json().get("fallback").asBoolean()).isTrue();
		assertThat(api.json().get("lang").asString()).isEqualTo("en");
	}

	@Test
	void aPublishedTranslationKeepsItsVersionsWithWhoAndWhatChanged() {
		var author = accounts.staff(Role.AGENT);
		CurrentUser staff = accounts.as(author.id());
		String token = KnowledgeFixtures.token();
		ArticleId id = knowledge.create(staff, ArticleDetails.of(ArticleKind.HOW_TO, Visibility.PUBLIC, null),
				List.of(TranslationDraft.of(Language.EN, "Reset a password " + token, "Forgotten passwords",
						"Open the sign-in page.\nClick the link.", null)));
		knowledge.publish(staff, id, Language.EN);
		knowledge.saveTranslation(staff, id, TranslationDraft.of(Language.EN, "Reset a password " + token,
				"Forgotten passwords", "Open the sign-in page.\nClick \"Forgot your password?\".", null));

		List<TranslationVersion> versions = knowledge.history(staff, id, Language.EN);

		assertThat(versions).extracting(TranslationVersion::revision).containsExactly(1, 2, 3);
		assertThat(versions).extracting(TranslationVersion::state).containsExactly(TranslationState.DRAFT,
				TranslationState.PUBLISHED, TranslationState.PUBLISHED);
		assertThat(versions).allSatisfy(v -> assertThat(v.recordedBy()).isEqualTo("Staff AGENT"));
		assertThat(versions.get(2).changes()).filteredOn(c -> c.kind() != TranslationVersion.Kind.KEPT)
			.extracting(TranslationVersion.Change::kind, TranslationVersion.Change::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TranslationVersion.Kind.REMOVED, "Click the link."),
					org.assertj.core.groups.Tuple.tuple(TranslationVersion.Kind.ADDED, "Click \"Forgot your password?\"."));
		assertThat(knowledge.article(Reader.anonymous(), id, Language.EN).body()).endsWith("password?\".");

		Http agent = Http.basic(port, author.email(), AccountFixtures.PASSWORD);
		assertThat(agent.get("/api/kb/articles/" + id + "/translations/en/versions").json().size()).isEqualTo(3);
		java.net.http.HttpResponse<String> page = io.supportdesk.WebSession.signIn(port, author.email())
			.get("/console/kb/" + id + "/translations/en/history");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Click the link.").contains("class=\"removed\"");
	}

	@Test
	void aTranslationNeverGoesBackFromPublishedToDraft() {
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.published(Visibility.PUBLIC, Language.EN, "Upgrade " + token, "From 5.x", "Run it.");

		assertThatThrownBy(() -> knowledge.saveTranslation(CurrentUser.system(), id,
				TranslationDraft.of(Language.EN, "Upgrade " + token, "From 5.x", "Run it.", TranslationState.DRAFT)))
			.isInstanceOf(io.supportdesk.shared.Conflict.class);
	}

	@Test
	void oneVotePerUserAndTranslation() {
		var tenant = accounts.tenant();
		String token = KnowledgeFixtures.token();
		ArticleId id = articles.published(Visibility.PUBLIC, Language.EN, "Votes " + token, "Counted once", "Body.");
		CurrentUser user = accounts.as(tenant.userId());

		knowledge.vote(user, id, Language.EN, true);
		knowledge.vote(user, id, Language.EN, false);
		knowledge.vote(accounts.as(tenant.adminId()), id, Language.EN, false);

		ArticleView article = knowledge.article(Reader.anonymous(), id, Language.EN);
		assertThat(article.helpful()).isZero();
		assertThat(article.notHelpful()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Http admin = Http.basic(port, accounts.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD);
		Map<String, Object> translation = Map.of("lang", "en", "title", " ", "summary", "S", "body", "B");

		Http.Response blankTitle = admin.post("/api/kb/articles", Map.of("kind", "FAQ", "visibility", "PUBLIC",
				"translations", List.of(translation)));
		assertThat(blankTitle.status()).isEqualTo(400);
		assertThat(blankTitle.body()).contains("translations[0].title");

		Http.Response unknownCategory = admin.post("/api/kb/articles", Map.of("kind", "FAQ", "visibility", "PUBLIC",
				"category", "nowhere", "translations", List.of(Map.of("lang", "en", "title", "T", "summary", "S", "body", "B"))));
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.json().get("code").asString()).isEqualTo("refusal.knowledge.category.unknown");

		Http.Response unknownLanguage = admin.get("/api/kb/articles?q=x&lang=xx");
		assertThat(unknownLanguage.status()).isEqualTo(400);
		assertThat(unknownLanguage.body()).contains("lang");

		String token = KnowledgeFixtures.token();
		Map<String, Object> withSlug = Map.of("lang", "en", "title", "T", "summary", "S", "body", "B", "slug", token);
		assertThat(admin.post("/api/kb/articles", Map.of("kind", "FAQ", "visibility", "PUBLIC", "translations",
				List.of(withSlug))).status()).isEqualTo(201);
		Http.Response taken = admin.post("/api/kb/articles", Map.of("kind", "FAQ", "visibility", "PUBLIC", "translations",
				List.of(withSlug)));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("code").asString()).isEqualTo("refusal.knowledge.slug.taken");
	}

	@Test
	void staffCreateArticlesOverTheApiAndCustomersMayNot() {
		var tenant = accounts.tenant();
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		String token = KnowledgeFixtures.token();
		Map<String, Object> body = Map.of("kind", "HOW_TO", "visibility", "PUBLIC", "category", "network", "translations",
				List.of(Map.of("lang", "en", "title", "Proxy " + token, "summary", "S", "body", "B", "state", "PUBLISHED"),
						Map.of("lang", "de", "title", "Proxy auf Deutsch " + token, "summary", "S", "body", "B")));

		Http.Response created = agent.post("/api/kb/articles", body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).startsWith("/api/kb/articles/");
		Http.Response customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).post("/api/kb/articles", body);
		assertThat(customer.status()).isEqualTo(403);

		Http.Response found = Http.anonymous(port).get("/api/kb/articles?q=" + token + "&lang=en");
		assertThat(found.json().get("total").asLong()).isEqualTo(1);
		assertThat(found.json().get("results").get(0).get("title").asString()).isEqualTo("Proxy " + token);
		assertThat(found.json().get("results").get(0).get("snippet").isString()).isTrue();
		assertThat(found.json().get("results").get(0).get("visibility").asString()).isEqualTo("PUBLIC");

		String id = created.json().get("id").asString();
		Http.Response put = agent.put("/api/kb/articles/" + id + "/translations/de", Map.of("title", "Proxy " + token,
				"summary", "S", "body", "B", "state", "PUBLISHED"));
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(Http.anonymous(port).get("/api/kb/articles/" + id + "?lang=de").json().get("fallback").asBoolean()).isFalse();
	}

	static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
