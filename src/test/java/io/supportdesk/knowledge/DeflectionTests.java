package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * The articles beside the new-case form, over HTTP as the page's htmx requests make them: each shown
 * suggestion is one impression per form, an article opened from the form one open, and a form that
 * was left without submitting after an opened article one deflection — once it is old enough to be
 * abandoned.
 */
@SupportdeskTest
class DeflectionTests {

	private static final Pattern FORM = Pattern.compile("form=([0-9a-f-]{36})");

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
	MutableClock clock;

	@Test
	void anArticleOpenedFromAnAbandonedFormIsADeflectionAndOneFromASubmittedFormIsNot() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		String token = KnowledgeFixtures.token();
		ArticleId article = new KnowledgeFixtures(knowledge).published(Visibility.CUSTOMERS, Language.EN,
				"Room scan upload stalls " + token, "At 99 %", "Exempt the upload host from TLS inspection.");
		String slug = knowledge.article(Reader.of(CurrentUser.system()), article, Language.EN).slug();
		WebSession customer = WebSession.signIn(port, tenant.userEmail()).htmx();

		String abandoned = startForm(customer);
		HttpResponse<String> suggested = customer.get("/portal/kb/suggestions?form=" + abandoned + "&subject=" + token
				+ "&description=&language=en");
		assertThat(suggested.body()).contains("Room scan upload stalls " + token).contains("form=" + abandoned);
		customer.get("/portal/kb/suggestions?form=" + abandoned + "&subject=" + token + "+stalls&language=en");
		assertThat(customer.get("/kb/en/" + slug + "?form=" + abandoned).statusCode()).isEqualTo(200);

		String submitted = startForm(customer);
		customer.get("/portal/kb/suggestions?form=" + submitted + "&subject=" + token + "&language=en");
		customer.get("/kb/en/" + slug + "?form=" + submitted);
		HttpResponse<String> done = customer.form("/portal/cases/new", "/portal/kb/forms/" + submitted + "/submitted",
				Map.of());
		assertThat(done.statusCode()).isEqualTo(204);

		assertThat(deflections.counts(CurrentUser.system(), article)).as("not abandoned yet")
			.isEqualTo(new DeflectionCounts(2, 2, 0));
		clock.advance(Deflections.ABANDONED_AFTER.plus(Duration.ofMinutes(1)));
		assertThat(deflections.counts(CurrentUser.system(), article)).isEqualTo(new DeflectionCounts(2, 2, 1));
	}

	@Test
	void anotherCustomersFormIsNotFound() {
		AccountFixtures.Tenant a = accounts.tenant();
		AccountFixtures.Tenant b = accounts.tenant();
		WebSession customerOfA = WebSession.signIn(port, a.userEmail()).htmx();
		WebSession customerOfB = WebSession.signIn(port, b.userEmail()).htmx();
		String formOfB = startForm(customerOfB);

		assertThat(customerOfA.get("/portal/kb/suggestions?form=" + formOfB + "&subject=proxy").statusCode()).isEqualTo(404);
		assertThat(customerOfA.form("/portal/cases/new", "/portal/kb/forms/" + formOfB + "/submitted", Map.of())
			.statusCode()).isEqualTo(404);
		assertThat(customerOfA.get("/portal/kb/suggestions?form=" + UUID.randomUUID() + "&subject=proxy").statusCode())
			.isEqualTo(404);
	}

	private static String startForm(WebSession customer) {
		HttpResponse<String> panel = customer.get("/portal/kb/deflection");
		assertThat(panel.statusCode()).isEqualTo(200);
		Matcher form = FORM.matcher(panel.body());
		assertThat(form.find()).as(panel.body()).isTrue();
		return form.group(1);
	}
}
