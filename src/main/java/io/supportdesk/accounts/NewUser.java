package io.supportdesk.accounts;

import java.time.ZoneId;
import java.util.Set;

import io.supportdesk.shared.Language;

/**
 * What it takes to create a user. {@code language} and {@code timeZone} default to English and
 * Europe/Berlin when null; {@code languageSkills} matter for staff (routing).
 */
public record NewUser(String email, String name, Role role, String password, Language language, ZoneId timeZone,
		Set<Language> languageSkills) {

	public NewUser {
		language = language == null ? Language.EN : language;
		timeZone = timeZone == null ? ZoneId.of("Europe/Berlin") : timeZone;
		languageSkills = languageSkills == null ? Set.of() : Set.copyOf(languageSkills);
	}

	/** A user with default preferences and no language skills. */
	public static NewUser of(String email, String name, Role role, String password) {
		return new NewUser(email, name, role, password, null, null, null);
	}
}
