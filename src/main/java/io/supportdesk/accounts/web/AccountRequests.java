package io.supportdesk.accounts.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.supportdesk.accounts.NewUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;

/** The request bodies of the accounts API, with their validation rules. */
final class AccountRequests {

	private AccountRequests() {
	}

	/** {@code timeZone}: where the organisation's people read times by default (IANA name; Europe/Berlin when absent). */
	record CreateOrganisation(@NotBlank @Size(max = 200) String name, @Size(max = 64) String timeZone) {

		ZoneId zone() {
			return AccountRequests.zone(timeZone);
		}
	}

	record CreateUser(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
			@NotNull Role role, @NotBlank @Size(min = 10, max = 128) String password, Language language,
			@Size(max = 64) String timeZone, @Size(max = 4) Set<Language> languageSkills) {

		NewUser toNewUser() {
			return new NewUser(email, name, role, password, language, zone(timeZone), languageSkills);
		}
	}

	record ChangeRole(@NotNull Role role) {
	}

	/** {@code {"domains": ["acme.example"]}}: an organisation's verified mail domains, all of them. */
	record ReplaceDomains(@NotNull @Size(max = 50) java.util.List<String> domains) {
	}

	/** {@code {"enabled": false}} disables a user, {@code true} lets them sign in again. */
	record ChangeEnabled(@NotNull Boolean enabled) {
	}

	record ChangeLanguageSkills(@NotNull @Size(max = 4) Set<Language> languages) {
	}

	/** {@code caseMail} left out keeps the current setting. */
	record ChangePreferences(@NotNull Language language, @NotBlank @Size(max = 64) String timeZone, Boolean caseMail) {

		ZoneId zone() {
			return AccountRequests.zone(timeZone);
		}
	}

	/** The caller's own password change: the current password and the new one. */
	record ChangePassword(@NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(max = 128) String newPassword) {
	}

	record CreateTeam(@NotBlank @Size(max = 200) String name, UserId leadId) {
	}

	record AddTeamMember(@NotNull UserId userId) {
	}

	/** The new lead of a team; null leaves it without one. */
	record ChangeTeamLead(UserId leadId) {
	}

	record IssueToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer expiresInDays) {
	}

	/** A time zone by its IANA name; null stays null (the default applies). */
	static ZoneId zone(String name) {
		if (name == null) {
			return null;
		}
		try {
			return ZoneId.of(name);
		}
		catch (DateTimeException ex) {
			throw new InvalidInput("timeZone", "refusal.accounts.timeZone.unknown");
		}
	}
}
