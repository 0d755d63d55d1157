package io.supportdesk.knowledge;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.supportdesk.shared.InvalidInput;

/** What an article and its translations must be, checked before anything is written. */
final class ArticleRules {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 1000;

	static final int MAX_BODY = 100_000;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private ArticleRules() {
	}

	static void check(ArticleDetails details, ArticleStore store) {
		if (details.kind() == null) {
			throw new InvalidInput("kind", "refusal.knowledge.kind.missing");
		}
		if (details.visibility() == null) {
			throw new InvalidInput("visibility", "refusal.knowledge.visibility.missing");
		}
		if (details.category() != null && !store.categoryExists(details.category())) {
			throw new InvalidInput("category", "refusal.knowledge.category.unknown", details.category());
		}
		if (details.product() != null && details.product().length() > 200) {
			throw new InvalidInput("product", "refusal.knowledge.tooLong", 200);
		}
		if (details.tags().size() > 20 || details.tags().stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 50)) {
			throw new InvalidInput("tags", "refusal.knowledge.tags.invalid");
		}
	}

	static void check(List<TranslationDraft> translations) {
		if (translations == null || translations.isEmpty()) {
			throw new InvalidInput("translations", "refusal.knowledge.translations.missing");
		}
		Set<Object> languages = new HashSet<>();
		for (int i = 0; i < translations.size(); i++) {
			TranslationDraft draft = translations.get(i);
			check(draft, "translations[" + i + "].");
			if (!languages.add(draft.lang())) {
				throw new InvalidInput("translations[" + i + "].lang", "refusal.knowledge.translations.duplicate",
						draft.lang().code());
			}
		}
	}

	/** Checks one translation; {@code prefix} is where it sits in the request ({@code translations[1].}). */
	static void check(TranslationDraft draft, String prefix) {
		if (draft == null || draft.lang() == null) {
			throw new InvalidInput(prefix + "lang", "refusal.knowledge.lang.missing");
		}
		required(prefix + "title", draft.title(), MAX_TITLE);
		required(prefix + "summary", draft.summary(), MAX_SUMMARY);
		required(prefix + "body", draft.body(), MAX_BODY);
		if (draft.workaround() != null && draft.workaround().length() > MAX_BODY) {
			throw new InvalidInput(prefix + "workaround", "refusal.knowledge.tooLong", MAX_BODY);
		}
		if (draft.slug() != null && !draft.slug().isBlank() && (draft.slug().length() > 120 || !SLUG.matcher(draft.slug()).matches())) {
			throw new InvalidInput(prefix + "slug", "refusal.knowledge.slug.invalid");
		}
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "refusal.knowledge.required");
		}
		if (value.length() > max) {
			throw new InvalidInput(field, "refusal.knowledge.tooLong", max);
		}
	}

	/** An address made from a title: accents dropped, lower case, words joined by hyphens. */
	static String slugOf(String title) {
		String plain = Normalizer.normalize(title.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (plain.length() > 100) {
			plain = plain.substring(0, 100).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "article" : plain;
	}
}
