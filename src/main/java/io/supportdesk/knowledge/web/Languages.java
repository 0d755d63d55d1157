package io.supportdesk.knowledge.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;

/** The language a request asks for: named (refused if Supportdesk does not speak it), else the page's or the user's. */
final class Languages {

	private Languages() {
	}

	static Language of(String code, String field) {
		return Language.ofCode(code).orElseThrow(() -> new InvalidInput(field, "refusal.knowledge.lang.missing"));
	}

	/** {@code code} if given, else the request's locale (the page language, or Accept-Language), else English. */
	static Language orCurrent(String code, String field) {
		if (code != null && !code.isBlank()) {
			return of(code, field);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return Language.ofCode(locale.getLanguage()).orElse(Language.EN);
	}
}
