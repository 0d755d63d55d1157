package io.supportdesk.accounts.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.Language;

/**
 * Staff pages for single users: the staff list ({@code /console/staff}, managers) with the agents'
 * language skills, which managers set there ({@code /console/staff/{userId}/language-skills}), and,
 * for admins, disabling and enabling any user and issuing password reset links from the lists they
 * appear in ({@code /console/users/{userId}/…}), which lead back to the user's organisation or to the
 * staff list.
 */
@Controller
class UserConsoleController {

	/** Where the user lists of the console send their row actions (admins only). */
	static final String ACTIONS = "/console/users";

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	UserConsoleController(AccountManagement accounts, PasswordManagement passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@GetMapping("/console/staff")
	@PreAuthorize("hasRole('MANAGER')")
	String staff(CurrentUser me, Model model) {
		List<UserSummary> staff = accounts.staff(me);
		model.addAttribute("users", staff);
		model.addAttribute("userActions", actionsFor(me));
		model.addAttribute("resetRequests", ResetLinks.openRequests(passwords, me));
		model.addAttribute("agents", staff.stream().filter(user -> user.role().includes(Role.AGENT)).toList());
		model.addAttribute("skillLanguages", Language.values());
		return "accounts/console/staff";
	}

	/**
	 * Sets the languages an agent works in (the ticked boxes; none clears them); a language that is not
	 * offered is refused next to the agent's boxes and nothing changes.
	 */
	@PostMapping("/console/staff/{userId}/language-skills")
	@PreAuthorize("hasRole('MANAGER')")
	String changeLanguageSkills(CurrentUser me, @PathVariable String userId,
			@ModelAttribute("skillsForm") AccountForms.SkillsForm form, Model model, RedirectAttributes redirect) {
		UserId id = UserId.parse(userId, "userId");
		Optional<Set<Language>> chosen = form.chosen();
		if (chosen.isEmpty()) {
			accounts.user(me, id); // an unknown user is not found, whatever the form says
			model.addAttribute("skillsError", id.toString());
			return staff(me, model);
		}
		accounts.changeLanguageSkills(me, id, chosen.get());
		redirect.addFlashAttribute("skillsSaved", accounts.user(me, id).name());
		return "redirect:/console/staff#skills-" + id;
	}

	@PostMapping(ACTIONS + "/{userId}/disable")
	String disable(CurrentUser me, @PathVariable String userId, RedirectAttributes redirect) {
		return changeEnabled(me, userId, false, redirect);
	}

	@PostMapping(ACTIONS + "/{userId}/enable")
	String enable(CurrentUser me, @PathVariable String userId, RedirectAttributes redirect) {
		return changeEnabled(me, userId, true, redirect);
	}

	@PostMapping(ACTIONS + "/{userId}/password-reset")
	String issueResetLink(CurrentUser me, @PathVariable String userId, RedirectAttributes redirect) {
		UserId id = UserId.parse(userId, "userId");
		redirect.addFlashAttribute("issuedReset", ResetLinks.Shown.of(passwords.issueResetLink(me, id)));
		return "redirect:" + listOf(accounts.user(me, id));
	}

	/** The row actions' base path for this viewer, or null where they may not act on users. */
	static String actionsFor(CurrentUser me) {
		return me.has(Role.ADMIN) ? ACTIONS : null;
	}

	private String changeEnabled(CurrentUser me, String userId, boolean enabled, RedirectAttributes redirect) {
		UserId id = UserId.parse(userId, "userId");
		accounts.changeEnabled(me, id, enabled);
		UserSummary user = accounts.user(me, id);
		redirect.addFlashAttribute(enabled ? "userEnabled" : "userDisabled", user.email());
		return "redirect:" + listOf(user);
	}

	/** The console page that lists this user. */
	static String listOf(UserSummary user) {
		return user.organisationId() == null ? "/console/staff" : "/console/organisations/" + user.organisationId();
	}
}
