package io.supportdesk.accounts;

import java.time.ZoneId;
import java.util.Set;

import io.supportdesk.shared.Language;

/**
 * What it takes to create a user. {@code language} defaults to English; {@code timeZone}, when null,
 * to the organisation's zone for its customers and to Europe/Berlin for staff; {@code languageSkills}
 * matter for staff (routing).
 */
public record NewUser(String email, String name, Role role, String password, Language language, ZoneId timeZone,
		Set<Language> languageSkills) {

	/** The zone of staff, and of organisations created without one. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

	public NewUser {
		language = language == null ? Language.EN : language;
		languageSkills = languageSkills == null ? Set.of() : Set.copyOf(languageSkills);
	}

	/** The zone the user reads times in: the chosen one, else Europe/Berlin. */
	@Override
	public ZoneId timeZone() {
		return timeZone == null ? DEFAULT_ZONE : timeZone;
	}

	/** This user, reading times in {@code zone} unless they chose a zone. */
	NewUser inZoneUnlessChosen(ZoneId zone) {
		return timeZone != null ? this : new NewUser(email, name, role, password, language, zone, languageSkills);
	}

	/** A user with default preferences and no language skills. */
	public static NewUser of(String email, String name, Role role, String password) {
		return new NewUser(email, name, role, password, null, null, null);
	}
}
