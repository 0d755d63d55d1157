package io.supportdesk.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotFound;

/**
 * The knowledge base's API. Staff write articles and their translations (each drafted, published,
 * archived on its own, every saved text kept as a revision); everybody reads what their {@link Reader}
 * may see — anonymous readers public articles, customers whose plan includes the knowledge base also
 * customer articles, staff everything including internal articles and drafts. An article a reader may
 * not see answers {@link NotFound}, exactly like one that does not exist, and is absent from their
 * searches, counts and suggestions.
 */
@Service
@Transactional
public class KnowledgeBase {

	private final ArticleStore store;

	private final ArticleReads reads;

	private final ArticleSearch search;

	private final Readers readers;

	private final AccountManagement accounts;

	private final Clock clock;

	KnowledgeBase(ArticleStore store, ArticleReads reads, ArticleSearch search, Readers readers, AccountManagement accounts,
			Clock clock) {
		this.store = store;
		this.reads = reads;
		this.search = search;
		this.readers = readers;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Creates an article with its first translations (staff only). */
	public ArticleId create(CurrentUser staff, ArticleDetails details, List<TranslationDraft> translations) {
		requireStaff(staff);
		ArticleRules.check(details, store);
		ArticleRules.check(translations);
		ArticleId id = new ArticleId(UUID.randomUUID());
		Instant now = clock.instant();
		store.insertArticle(id, normalised(details), now, staff.id());
		for (int i = 0; i < translations.size(); i++) {
			save(staff, id, translations.get(i), "translations[" + i + "].", now);
		}
		return id;
	}

	/** Changes what the article is: kind, visibility, category, product, tags, known-issue facts (staff only). */
	public void update(CurrentUser staff, ArticleId id, ArticleDetails details) {
		lockForStaff(staff, id);
		ArticleRules.check(details, store);
		store.updateArticle(id, normalised(details), clock.instant());
	}

	/**
	 * Writes the article's translation in {@code draft.lang()}: a new one, or a new revision of the
	 * existing one (staff only). Its state may stay or move forward (draft → published → archived),
	 * never back; a text that does not change and stays in its state records nothing.
	 */
	public void saveTranslation(CurrentUser staff, ArticleId id, TranslationDraft draft) {
		lockForStaff(staff, id);
		ArticleRules.check(draft, "");
		save(staff, id, draft, "", clock.instant());
	}

	/** Publishes the translation (staff only). */
	public void publish(CurrentUser staff, ArticleId id, Language lang) {
		move(staff, id, lang, TranslationState.PUBLISHED);
	}

	/** Archives the translation: nobody but staff finds it any more (staff only). */
	public void archive(CurrentUser staff, ArticleId id, Language lang) {
		move(staff, id, lang, TranslationState.ARCHIVED);
	}

	private void move(CurrentUser staff, ArticleId id, Language lang, TranslationState state) {
		lockForStaff(staff, id);
		StoredTranslation t = store.translation(id, lang).orElseThrow(() -> new NotFound("refusal.notFound.translation"));
		save(staff, id, new TranslationDraft(lang, t.title(), t.summary(), t.body(), t.workaround(), t.slug(), state), "",
				clock.instant());
	}

	private void save(CurrentUser staff, ArticleId id, TranslationDraft draft, String prefix, Instant now) {
		StoredTranslation existing = store.translation(id, draft.lang()).orElse(null);
		TranslationState state = draft.state() != null ? draft.state()
				: existing == null ? TranslationState.DRAFT : existing.state();
		if (existing != null && !existing.state().mayBecome(state)) {
			throw new Conflict(prefix + "state", "refusal.knowledge.state.backwards");
		}
		String workaround = draft.workaround() == null || draft.workaround().isBlank() ? null : draft.workaround();
		if (existing != null && existing.state() == state
				&& existing.sameText(draft.title().strip(), draft.summary().strip(), draft.body(), workaround)
				&& (draft.slug() == null || draft.slug().isBlank() || draft.slug().equals(existing.slug()))) {
			return;
		}
		String slug = slug(id, draft, existing, prefix);
		Instant publishedAt = existing != null && existing.publishedAt() != null ? existing.publishedAt()
				: state == TranslationState.PUBLISHED ? now : null;
		store.saveTranslation(new StoredTranslation(id, draft.lang(), slug, draft.title().strip(), draft.summary().strip(),
				draft.body(), workaround, state, publishedAt, existing == null ? 1 : existing.revision() + 1), now,
				staff.id());
	}

	/** The chosen address (refused if another article has it), else the current one, else one made from the title. */
	private String slug(ArticleId id, TranslationDraft draft, StoredTranslation existing, String prefix) {
		if (draft.slug() != null && !draft.slug().isBlank()) {
			if (store.slugTaken(draft.lang(), draft.slug(), id)) {
				throw new Conflict(prefix + "slug", "refusal.knowledge.slug.taken", draft.slug());
			}
			return draft.slug();
		}
		if (existing != null) {
			return existing.slug();
		}
		String base = ArticleRules.slugOf(draft.title());
		String slug = base;
		for (int n = 2; store.slugTaken(draft.lang(), slug, id); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static ArticleDetails normalised(ArticleDetails d) {
		boolean issue = d.kind() == ArticleKind.KNOWN_ISSUE;
		return new ArticleDetails(d.kind(), d.visibility(), blankToNull(d.category()), blankToNull(d.product()),
				d.tags().stream().map(String::strip).distinct().toList(), issue ? d.affectedVersions() : List.of(),
				issue ? (d.issueStatus() == null ? IssueStatus.OPEN : d.issueStatus()) : null,
				issue ? blankToNull(d.fixedIn()) : null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The article in {@code lang}, else in English marked as a fallback; 404 if the reader may not see it. */
	@Transactional(readOnly = true)
	public ArticleView article(Reader reader, ArticleId id, Language lang) {
		return reads.article(readers.access(reader), id, lang).orElseThrow(KnowledgeBase::notFound);
	}

	/** The article at {@code /kb/{lang}/{slug}} (or whose English text has that address), as {@link #article}. */
	@Transactional(readOnly = true)
	public ArticleView articleBySlug(Reader reader, Language lang, String slug) {
		ArticleId id = reads.bySlug(lang, slug).orElseThrow(KnowledgeBase::notFound);
		return article(reader, id, lang);
	}

	/** What the query finds among the articles the reader may see; see {@link SearchQuery}. */
	@Transactional(readOnly = true)
	public SearchResults search(Reader reader, SearchQuery query) {
		if (query.lang() == null) {
			throw new InvalidInput("lang", "refusal.knowledge.lang.missing");
		}
		if (query.limit() < 1 || query.limit() > 100) {
			throw new InvalidInput("limit", "refusal.knowledge.limit", 1, 100);
		}
		if (query.text() != null && query.text().length() > 500) {
			throw new InvalidInput("q", "refusal.knowledge.tooLong", 500);
		}
		return search.search(readers.access(reader), query, false);
	}

	/**
	 * The published articles that best answer a case being typed (any of its words counts — the
	 * subject's and the description's first, {@value #SUGGESTION_WORDS} at most — title matches first):
	 * what the new-case form shows beside it.
	 */
	@Transactional(readOnly = true)
	public List<SearchHit> suggestions(Reader reader, String subject, String description, Language lang) {
		String text = suggestionWords(subject, description);
		if (text.isEmpty()) {
			return List.of();
		}
		Access access = readers.access(reader);
		Access published = new Access(access.visibilities(), false);
		return search.search(published, new SearchQuery(text, lang, null, null, null, 5), true).hits();
	}

	/**
	 * What suggestions search for: the subject's words and the first words of the description, at most
	 * {@value #SUGGESTION_WORDS} in all (a long description would otherwise match nearly everything).
	 */
	static String suggestionWords(String subject, String description) {
		List<String> words = new ArrayList<>();
		for (String text : new String[] { subject, description }) {
			if (text != null) {
				for (String word : text.strip().split("\\s+")) {
					if (!word.isEmpty() && words.size() < SUGGESTION_WORDS) {
						words.add(word.length() > 50 ? word.substring(0, 50) : word);
					}
				}
			}
		}
		return String.join(" ", words);
	}

	/** At most this many words of a case being typed are searched for suggestions. */
	static final int SUGGESTION_WORDS = 16;

	/** The category tree, each category with the number of articles the reader may see in it. */
	@Transactional(readOnly = true)
	public List<CategoryView> categories(Reader reader, Language lang) {
		return reads.categories(readers.access(reader), lang);
	}

	/** The most recently changed articles with the state of each translation (staff only). */
	@Transactional(readOnly = true)
	public List<ArticleRow> recent(CurrentUser staff, int limit) {
		requireStaff(staff);
		return reads.newest(Math.max(1, Math.min(limit, 500)));
	}

	/** Every saved text of a translation, oldest first, each with what changed against the one before (staff only). */
	@Transactional(readOnly = true)
	public List<TranslationVersion> history(CurrentUser staff, ArticleId id, Language lang) {
		requireStaff(staff, id);
		List<ArticleReads.Saved> saved = reads.versions(id, lang);
		if (saved.isEmpty()) {
			throw new NotFound("refusal.notFound.translation");
		}
		List<TranslationVersion> versions = new ArrayList<>();
		ArticleReads.Saved previous = null;
		for (ArticleReads.Saved s : saved) {
			List<TranslationVersion.Change> changes = new ArrayList<>();
			changes.addAll(LineDiff.of("title", previous == null ? null : previous.title(), s.title()));
			changes.addAll(LineDiff.of("summary", previous == null ? null : previous.summary(), s.summary()));
			changes.addAll(LineDiff.of("body", previous == null ? null : previous.body(), s.body()));
			changes.addAll(LineDiff.of("workaround", previous == null ? null : previous.workaround(), s.workaround()));
			String by = accounts.findUser(s.recordedBy()).map(UserSummary::name).orElse(CurrentUser.system().name());
			versions.add(new TranslationVersion(s.revision(), s.state(), s.title(), s.summary(), s.body(), s.workaround(),
					s.recordedAt(), by, changes));
			previous = s;
		}
		return versions;
	}

	/** "Was this helpful?": the signed-in reader's vote on the translation shown (one per user, the last counts). */
	public void vote(CurrentUser user, ArticleId id, Language lang, boolean helpful) {
		ArticleView shown = article(Reader.of(user), id, lang);
		store.vote(id, shown.lang(), user.id(), helpful, clock.instant());
	}

	private void lockForStaff(CurrentUser staff, ArticleId id) {
		requireStaff(staff, id);
		store.lockArticle(id).orElseThrow(KnowledgeBase::notFound);
	}

	/** Refuses anyone but staff: with 404 if they may not even know the article exists, else with 403. */
	private void requireStaff(CurrentUser user, ArticleId id) {
		if (user == null || !user.isStaff()) {
			article(Reader.of(user), id, Language.EN);
			throw new AccessDeniedException("Staff only");
		}
	}

	private static void requireStaff(CurrentUser user) {
		if (user == null || !user.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	private static NotFound notFound() {
		return new NotFound("refusal.notFound.article");
	}
}
