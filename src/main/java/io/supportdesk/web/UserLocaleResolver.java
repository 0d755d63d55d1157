package io.supportdesk.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.Language;

/**
 * The page language: the one chosen with the language switcher (a cookie), else the signed-in user's
 * preferred language, else the browser's preference among the supported ones, else English.
 */
class UserLocaleResolver implements LocaleResolver {

	static final String COOKIE = "supportdesk-lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return fromCookie(request)
			.or(() -> CurrentUsers.current().map(CurrentUser::language))
			.or(() -> fromBrowser(request))
			.orElse(Language.EN)
			.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Optional<Language> language = locale == null ? Optional.empty() : Language.ofCode(locale.getLanguage());
		if (language.isEmpty() || response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, language.get().code());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		request.setAttribute(COOKIE, language.get());
	}

	private static Optional<Language> fromCookie(HttpServletRequest request) {
		if (request.getAttribute(COOKIE) instanceof Language chosen) {
			return Optional.of(chosen);
		}
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return Language.ofCode(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static Optional<Language> fromBrowser(HttpServletRequest request) {
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			Optional<Language> language = Language.ofCode(locales.nextElement().getLanguage());
			if (language.isPresent()) {
				return language;
			}
		}
		return Optional.empty();
	}
}
