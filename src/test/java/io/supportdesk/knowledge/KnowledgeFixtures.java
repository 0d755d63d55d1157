package io.supportdesk.knowledge;

import java.util.List;
import java.util.Random;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.Language;

/**
 * Articles for the knowledge base tests, each carrying a made-up word of its own ({@link #token()}),
 * so that a search for it finds only the test's articles whatever else the shared database holds.
 */
final class KnowledgeFixtures {

	private static final Random RANDOM = new Random();

	private final KnowledgeBase knowledge;

	KnowledgeFixtures(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/** A word no language stems and no other test uses: "qz" and ten random letters. */
	static String token() {
		StringBuilder word = new StringBuilder("qz");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

	ArticleId published(Visibility visibility, Language lang, String title, String summary, String body) {
		return article(ArticleKind.HOW_TO, visibility, List.of(TranslationDraft.of(lang, title, summary, body,
				TranslationState.PUBLISHED)));
	}

	ArticleId article(ArticleKind kind, Visibility visibility, List<TranslationDraft> translations) {
		return knowledge.create(CurrentUser.system(), ArticleDetails.of(kind, visibility, "network"), translations);
	}
}
