package io.supportdesk.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.Language;

/**
 * The {@code demo} profile's knowledge base ({@code demo-articles.json} beside this class): 34 articles
 * about the vendor's products and support programmes — installing and upgrading the Proctor Client and
 * the dashboard, licence activation, passwords and single sign-on, preparing candidates, known issues of
 * exam sessions, proxy and network settings, integrations — as how-tos, known issues and FAQs; public,
 * for customers and internal; in English, most also in German, French or Spanish (the others show the
 * English text, marked as such), one German translation still a draft, one article archived, and some
 * texts edited after publication (their history shows what changed). Written by the demo's support staff
 * through {@link KnowledgeBase}, once: nothing happens when the first of them is there already.
 */
@Component
@Profile("demo")
@Order(40)
class DemoArticles implements ApplicationRunner {

	private final KnowledgeBase knowledge;

	private final AccountManagement accounts;

	private final TransactionOperations transactions;

	DemoArticles(KnowledgeBase knowledge, AccountManagement accounts, TransactionOperations transactions) {
		this.knowledge = knowledge;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<DemoArticle> demo = all();
		if (loaded(demo.get(0))) {
			return;
		}
		transactions.executeWithoutResult(status -> demo.forEach(this::load));
	}

	/** Whether the first demo article is there already (its English address is taken). */
	private boolean loaded(DemoArticle first) {
		TranslationDraft english = first.translations().get(0);
		try {
			knowledge.articleBySlug(Reader.of(CurrentUser.system()), english.lang(), ArticleRules.slugOf(english.title()));
			return true;
		}
		catch (io.supportdesk.shared.NotFound none) {
			return false;
		}
	}

	private void load(DemoArticle spec) {
		CurrentUser author = accounts.findUserByEmail(spec.author())
			.map(u -> new CurrentUser(u.id(), u.organisationId(), u.email(), u.name(), u.role(), u.language(), u.timeZone()))
			.orElse(CurrentUser.system());
		List<TranslationDraft> drafts = spec.translations().stream()
			.map(t -> t.state() == TranslationState.ARCHIVED ? t.withState(TranslationState.PUBLISHED) : t).toList();
		ArticleId id = knowledge.create(author, new ArticleDetails(spec.kind(), spec.visibility(), spec.category(),
				spec.product(), spec.tags(), spec.affectedVersions(), spec.issueStatus(), spec.fixedIn()), drafts);
		spec.edits().forEach(edit -> {
			ArticleView current = knowledge.article(Reader.of(author), id, edit.lang());
			knowledge.saveTranslation(author, id, new TranslationDraft(edit.lang(), current.title(), current.summary(),
					edit.body(), current.workaround(), null, null));
		});
		spec.translations().stream().filter(t -> t.state() == TranslationState.ARCHIVED)
			.forEach(t -> knowledge.archive(author, id, t.lang()));
	}

	static List<DemoArticle> all() {
		JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = DemoArticles.class.getResourceAsStream("demo-articles.json")) {
			return json.readValue(in, new TypeReference<List<DemoArticle>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One article of the demo as the JSON file describes it; {@code edits} are later texts of a translation. */
	record DemoArticle(ArticleKind kind, Visibility visibility, String category, String product, List<String> tags,
			List<String> affectedVersions, IssueStatus issueStatus, String fixedIn, String author,
			List<TranslationDraft> translations, List<Edit> edits) {
	}

	record Edit(Language lang, String body) {
	}
}
