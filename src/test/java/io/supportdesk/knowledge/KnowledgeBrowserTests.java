package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * In Chromium: a customer types a new case's subject, an article that may answer it appears beside
 * the form (htmx, debounced), and opening it counts as opened from the form; the knowledge base
 * searches as the reader types and highlights the matches; an agent searches from a case's reply form
 * and inserts an article's link into the reply.
 */
@SupportdeskTest
class KnowledgeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	Deflections deflections;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	io.supportdesk.cases.CaseManagement cases;

	@Test
	void aCustomerTypingANewCaseSeesASuggestedArticleAndOpeningItCounts() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String token = KnowledgeFixtures.token();
		ArticleId article = new KnowledgeFixtures(knowledge).published(Visibility.PUBLIC, Language.EN,
				"Exam session does not start " + token, "Synchronise the clock", "The workstation clock is off.");

		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.userEmail(), AccountFixtures.PASSWORD).go("/portal/cases/new");
			browser.waitFor(By.id("kb-suggestions"));
			browser.type(By.id("case-subject"), "Exam session " + token);

			String suggestion = browser.waitForText(By.id("kb-suggestions"), token);
			assertThat(suggestion).contains("Exam session does not start " + token);
			List<String> before = new ArrayList<>(browser.driver().getWindowHandles());
			browser.click(By.xpath("//div[@id='kb-suggestions']//a[contains(., '" + token + "')]"));
			Awaitility.await().atMost(Duration.ofSeconds(10))
				.until(() -> browser.driver().getWindowHandles().size() > before.size());
			String opened = browser.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
				.orElseThrow();
			browser.driver().switchTo().window(opened);
			assertThat(browser.waitForText(By.tagName("h1"), token)).isEqualTo("Exam session does not start " + token);
		}
		DeflectionCounts counts = deflections.counts(CurrentUser.system(), article);
		assertThat(counts.impressions()).isEqualTo(1);
		assertThat(counts.opens()).isEqualTo(1);
	}

	@Test
	void anAgentSearchesFromTheReplyFormAndInsertsAnArticleLinkIntoTheReply() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String token = KnowledgeFixtures.token();
		ArticleId article = new KnowledgeFixtures(knowledge).published(Visibility.PUBLIC, Language.EN,
				"Clearing the proxy cache " + token, "When pages load stale", "Empty the cache.");
		String slug = knowledge.article(Reader.anonymous(), article, Language.EN).slug();
		io.supportdesk.cases.CaseView c = cases.open(accounts.as(tenant.userId()), new io.supportdesk.cases.OpenCase(
				tenant.id(), tenant.userId(), "Stale pages", "The dashboard shows yesterday.", null, "en",
				io.supportdesk.cases.Channel.PORTAL, 3));

		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(accounts.staff(io.supportdesk.accounts.Role.AGENT).email(),
					AccountFixtures.PASSWORD).go("/console/cases/" + c.id());
			browser.type(By.id("reply-body"), "Please try this:");
			browser.type(By.id("kb-insert-q"), "proxy cache " + token);
			browser.waitForText(By.id("kb-insert-results"), token);
			browser.click(By.cssSelector("#kb-insert-results .kb-insert-link"));

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().findElement(By.id("reply-body"))
				.getDomProperty("value").contains("/kb/en/" + slug));
			assertThat(browser.driver().findElement(By.id("reply-body")).getDomProperty("value"))
				.startsWith("Please try this: [Clearing the proxy cache " + token + "](http")
				.endsWith("/kb/en/" + slug + ")");
		}
	}

	@Test
	void theKnowledgeBaseSearchesWhileTheReaderTypesAndMarksTheMatches() {
		String token = KnowledgeFixtures.token();
		new KnowledgeFixtures(knowledge).published(Visibility.PUBLIC, Language.DE, "Prüfungssitzung " + token,
				"Wenn die Prüfung nicht startet", "Die Uhr des Arbeitsplatzes geht falsch.");

		try (Browser browser = Browser.open(port)) {
			browser.go("/kb?lang=de");
			browser.type(By.id("kb-q"), "Prüfungen " + token);

			// what was typed so far may find similar spellings first; the whole query finds the word and marks it
			assertThat(browser.waitForText(By.cssSelector("#kb-results mark"), "Prüfung")).isEqualTo("Prüfung");
			assertThat(browser.text(By.id("kb-results"))).contains("Prüfungssitzung " + token);
			assertThat(browser.currentPath()).startsWith("/kb");
		}
	}
}
