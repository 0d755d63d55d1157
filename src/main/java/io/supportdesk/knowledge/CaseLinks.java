package io.supportdesk.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.MessageKind;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;

/**
 * Cases linked to articles: staff link a case to the known issue it hit (or to any article that
 * answers it: every kind may be linked, as an article made from a case is linked to it whatever its
 * kind) and unlink it; the article shows its count of linked cases to everyone who may see it, and
 * which cases to staff; the case page shows staff its articles. Linking refuses a case that does not
 * exist and an article the caller may not see with 404 — and anyone but staff with 403 once they may
 * see the article.
 */
@Service
@Transactional
public class CaseLinks {

	/** The article's list of cases shows at most this many, the newest links first. */
	static final int LISTED = 50;

	private final CaseLinkStore store;

	private final KnowledgeBase knowledge;

	private final CaseManagement cases;

	private final Clock clock;

	CaseLinks(CaseLinkStore store, KnowledgeBase knowledge, CaseManagement cases, Clock clock) {
		this.store = store;
		this.knowledge = knowledge;
		this.cases = cases;
		this.clock = clock;
	}

	/** Links the case to the article (staff only); true if it was not linked before. */
	public boolean link(CurrentUser staff, ArticleId article, CaseId caseId) {
		requireStaff(staff, article);
		cases.caseView(staff, caseId);
		return store.insert(article, caseId, clock.instant(), staff.id());
	}

	/** Removes the link (staff only); true if there was one. */
	public boolean unlink(CurrentUser staff, ArticleId article, CaseId caseId) {
		requireStaff(staff, article);
		return store.delete(article, caseId);
	}

	/**
	 * How many cases are linked to the article, and for staff which ones; 404 if the reader may not see
	 * it in {@code lang} (or its English fallback), as {@link KnowledgeBase#article}.
	 */
	@Transactional(readOnly = true)
	public LinkedCases ofArticle(Reader reader, ArticleId article, Language lang) {
		knowledge.article(reader, article, lang);
		long count = store.count(article);
		if (!reader.isStaff() || count == 0) {
			return new LinkedCases(count, List.of());
		}
		List<LinkedCase> listed = new ArrayList<>();
		for (CaseLinkStore.Link link : store.ofArticle(article, LISTED)) {
			CaseView c = cases.caseView(reader.user(), link.caseId());
			listed.add(new LinkedCase(c.id(), c.reference(), c.subject(), c.status(), link.linkedAt()));
		}
		return new LinkedCases(count, listed);
	}

	/** The articles linked to the case, the oldest link first, titled in the viewer's language (staff only). */
	@Transactional(readOnly = true)
	public List<LinkedArticle> ofCase(CurrentUser staff, CaseId caseId) {
		requireStaff(staff);
		cases.caseView(staff, caseId);
		Language lang = staff.language() == null ? Language.EN : staff.language();
		List<LinkedArticle> linked = new ArrayList<>();
		for (CaseLinkStore.Link link : store.ofCase(caseId)) {
			ArticleView a = knowledge.article(Reader.of(staff), link.article(), lang);
			linked.add(new LinkedArticle(a.id(), a.kind(), a.visibility(), a.issueStatus(), a.lang(), a.slug(), a.title(),
					a.state(), link.linkedAt()));
		}
		return linked;
	}

	/** Refuses anyone but staff: with 404 if they may not even know the article exists, else with 403. */
	private void requireStaff(CurrentUser user, ArticleId article) {
		knowledge.article(Reader.of(user), article, Language.EN);
		requireStaff(user);
	}

	private static void requireStaff(CurrentUser user) {
		if (user == null || !user.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	/**
	 * "Create article from this case" (staff only): a draft of {@code kind} (how-to or known issue),
	 * internal, whose translation in the case's language (English if Supportdesk does not speak it) has
	 * the case's subject as title and its resolution as body — the last public reply of support, else,
	 * while support has not answered, the customer's description — and that is linked to the case.
	 */
	public ArticleView createFrom(CurrentUser staff, CaseId caseId, ArticleKind kind) {
		requireStaff(staff);
		if (kind != ArticleKind.HOW_TO && kind != ArticleKind.KNOWN_ISSUE) {
			throw new InvalidInput("kind", "refusal.knowledge.fromCase.kind");
		}
		CaseView c = cases.caseView(staff, caseId);
		Language lang = Language.ofCode(c.language()).orElse(Language.EN);
		String body = resolution(c);
		ArticleId id = knowledge.create(staff, ArticleDetails.of(kind, Visibility.INTERNAL, null),
				List.of(TranslationDraft.of(lang, clip(c.subject(), ArticleRules.MAX_TITLE), summaryOf(body), body,
						TranslationState.DRAFT)));
		store.insert(id, caseId, clock.instant(), staff.id());
		return knowledge.article(Reader.of(staff), id, lang);
	}

	/** The last public reply of support, else the case's description. */
	static String resolution(CaseView c) {
		String body = c.description();
		for (CaseView.Message m : c.messages()) {
			if (m.kind() == MessageKind.PUBLIC_REPLY && m.body() != null && !m.body().isBlank()) {
				body = m.body();
			}
		}
		return clip(body == null || body.isBlank() ? c.subject() : body.strip(), ArticleRules.MAX_BODY);
	}

	/** The first paragraph of the body, at most 300 characters (a summary is required). */
	static String summaryOf(String body) {
		String first = body.strip().split("\\R\\s*\\R", 2)[0].replaceAll("\\s+", " ").strip();
		return first.length() <= 300 ? first : first.substring(0, 299).strip() + "…";
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
