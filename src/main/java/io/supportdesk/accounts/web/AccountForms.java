package io.supportdesk.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.supportdesk.accounts.NewUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.Language;

/** The HTML forms of the accounts pages (the same rules as the API's request bodies). */
final class AccountForms {

	/** The IANA zones offered while typing a time zone (region/city names, sorted). */
	static final java.util.List<String> ZONES = java.time.ZoneId.getAvailableZoneIds().stream()
		.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.sorted()
		.toList();

	private AccountForms() {
	}

	record OrganisationForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String timeZone) {

		static OrganisationForm empty() {
			return new OrganisationForm("", "Europe/Berlin");
		}
	}

	record UserForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
			@NotNull Role role, @NotBlank @Size(min = 10, max = 128) String password, Language language) {

		static UserForm empty(Role role) {
			return new UserForm("", "", role, "", Language.EN);
		}

		NewUser toNewUser() {
			return new NewUser(email, name, role, password, language, null, null);
		}
	}

	record PreferencesForm(@NotNull Language language, @NotBlank @Size(max = 64) String timeZone, boolean caseMail) {
	}

	/** A password change on the account page; the new password is typed twice. */
	record PasswordForm(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword,
			@NotBlank @Size(max = 128) String repeatPassword) {

		static PasswordForm empty() {
			return new PasswordForm("", "", "");
		}
	}

	/** "Forgot your password?": the e-mail address the user signs in with. */
	record ForgotForm(@NotBlank @Email @Size(max = 254) String email) {

		static ForgotForm empty() {
			return new ForgotForm("");
		}
	}

	/** A new password set with a reset link, typed twice. */
	record ResetForm(@NotBlank @Size(max = 128) String newPassword, @NotBlank @Size(max = 128) String repeatPassword) {

		static ResetForm empty() {
			return new ResetForm("", "");
		}
	}

	/** A new team: its name and, optionally, its lead (a staff user's id; empty for none). */
	record TeamForm(@NotBlank @Size(max = 200) String name, String leadId) {

		static TeamForm empty() {
			return new TeamForm("", "");
		}
	}

	/** A member of staff to add to a team, or the team's new lead (empty for none). */
	record TeamMemberForm(String userId) {
	}

	/** The languages a staff member works in, as the language codes of the ticked boxes. */
	record SkillsForm(List<String> languages) {

		/** The ticked languages; empty if an unknown code was sent. */
		Optional<Set<Language>> chosen() {
			Set<Language> chosen = EnumSet.noneOf(Language.class);
			for (String code : languages == null ? List.<String>of() : languages) {
				Optional<Language> language = Language.ofCode(code);
				if (language.isEmpty()) {
					return Optional.empty();
				}
				chosen.add(language.get());
			}
			return Optional.of(chosen);
		}
	}

	record TokenForm(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer expiresInDays) {

		static TokenForm empty() {
			return new TokenForm("", 90);
		}
	}
}
