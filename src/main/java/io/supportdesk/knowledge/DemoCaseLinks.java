package io.supportdesk.knowledge;

import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseFilter;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotFound;

/**
 * The {@code demo} profile's links between demo cases and the demo known issues they hit (the SSO
 * loop, "session not ready", the webcam check on macOS 15, the 503 of the delivery API, the LTI
 * grades, the PDF export, the room scan upload, the proctors' missing mail), made by a demo agent
 * through {@link CaseLinks} after the demo cases (order 30) and articles (order 40): so the articles
 * show their counts of linked cases and the cases their articles. Once: nothing happens when the first
 * known issue has linked cases already.
 */
@Component
@Profile("demo")
@Order(50)
class DemoCaseLinks implements ApplicationRunner {

	/** Case subject (as the demo cases spell it) → the English title of the known issue it hit. */
	static final List<Map.Entry<String, String>> LINKS = List.of(
			Map.entry("SSO login loops after the IdP certificate rotation", "SSO sign-in loops after the IdP certificate rotation"),
			Map.entry("SSO login loops for candidates using Azure AD", "SSO sign-in loops after the IdP certificate rotation"),
			Map.entry("Candidates cannot start the exam: \"session not ready\"", "Candidates cannot start the exam: \"session not ready\""),
			Map.entry("Les candidats ne peuvent pas démarrer l'examen", "Candidates cannot start the exam: \"session not ready\""),
			Map.entry("Webcam-Prüfung schlägt unter macOS 15 fehl", "Webcam check fails on macOS 15 with external cameras"),
			Map.entry("Exam delivery API returns 503 for all candidates", "Exam delivery API returns 503 under burst load"),
			Map.entry("Intégration LTI : les notes ne remontent pas dans Moodle", "LTI grades do not reach Moodle for exams with manual review"),
			Map.entry("PDF-Export der Prüfungsberichte bricht ab", "PDF export of exam reports stops after 500 sessions"),
			Map.entry("Room scan upload stalls at 99 %", "Room scan upload stalls at 99 %"),
			Map.entry("Proktoren erhalten keine E-Mail-Benachrichtigungen mehr", "Proctors no longer receive e-mail notifications"));

	private final CaseLinks links;

	private final KnowledgeBase knowledge;

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final TransactionOperations transactions;

	DemoCaseLinks(CaseLinks links, KnowledgeBase knowledge, CaseManagement cases, AccountManagement accounts,
			TransactionOperations transactions) {
		this.links = links;
		this.knowledge = knowledge;
		this.cases = cases;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser agent = accounts.findUserByEmail("anna.berger@supportdesk.local")
			.map(u -> new CurrentUser(u.id(), u.organisationId(), u.email(), u.name(), u.role(), u.language(), u.timeZone()))
			.orElse(CurrentUser.system());
		Reader staff = Reader.of(agent);
		ArticleId first = article(staff, LINKS.get(0).getValue());
		if (first == null || links.ofArticle(staff, first, Language.EN).count() > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> LINKS.forEach(link -> {
			ArticleId article = article(staff, link.getValue());
			cases.search(agent, new CaseFilter(null, null, null, null, null, null, null, link.getKey(), 5)).stream()
				.filter(c -> c.subject().equals(link.getKey())).map(CaseView::id).findFirst()
				.filter(c -> article != null)
				.ifPresent(c -> links.link(agent, article, c));
		}));
	}

	private ArticleId article(Reader staff, String englishTitle) {
		try {
			return knowledge.articleBySlug(staff, Language.EN, ArticleRules.slugOf(englishTitle)).id();
		}
		catch (NotFound missing) {
			return null;
		}
	}
}
