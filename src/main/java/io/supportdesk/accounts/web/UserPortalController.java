package io.supportdesk.accounts.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.Conflict;

/**
 * A customer admin manages their organisation's users: {@code /portal/users}, where they add users,
 * disable or enable them and issue password reset links for them (except for themselves), and see who
 * asked for a reset.
 */
@Controller
@RequestMapping("/portal/users")
@PreAuthorize("hasRole('CUSTOMER_ADMIN')")
class UserPortalController {

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	UserPortalController(AccountManagement accounts, PasswordManagement passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@GetMapping
	String users(CurrentUser me, Model model) {
		model.addAttribute("organisation", accounts.organisation(me, me.organisationId()));
		model.addAttribute("users", accounts.users(me, me.organisationId()));
		model.addAttribute("resetRequests", ResetLinks.openRequests(passwords, me));
		model.addAttribute("roles", new Role[] { Role.CUSTOMER_USER, Role.CUSTOMER_ADMIN });
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForms.UserForm.empty(Role.CUSTOMER_USER));
		}
		return "accounts/portal/users";
	}

	@PostMapping("/{userId}/disable")
	String disable(CurrentUser me, @PathVariable String userId, RedirectAttributes redirect) {
		return changeEnabled(me, userId, false, redirect);
	}

	@PostMapping("/{userId}/enable")
	String enable(CurrentUser me, @PathVariable String userId, RedirectAttributes redirect) {
		return changeEnabled(me, userId, true, redirect);
	}

	@PostMapping("/{userId}/password-reset")
	String issueResetLink(CurrentUser me, @PathVariable String userId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("issuedReset",
				ResetLinks.Shown.of(passwords.issueResetLink(me, UserId.parse(userId, "userId"))));
		return "redirect:/portal/users";
	}

	private String changeEnabled(CurrentUser me, String userId, boolean enabled, RedirectAttributes redirect) {
		UserId id = UserId.parse(userId, "userId");
		accounts.changeEnabled(me, id, enabled);
		redirect.addFlashAttribute(enabled ? "userEnabled" : "userDisabled", accounts.user(me, id).email());
		return "redirect:/portal/users";
	}

	@PostMapping
	String add(CurrentUser me, @Valid @ModelAttribute("form") AccountForms.UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.addUser(me, me.organisationId(), form.toNewUser());
				redirect.addFlashAttribute("added", form.email());
				return "redirect:/portal/users";
			}
			catch (Conflict conflict) {
				conflict.refusal().rejectValue(errors, conflict.field());
			}
		}
		return users(me, model);
	}
}
