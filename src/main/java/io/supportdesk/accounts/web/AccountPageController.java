package io.supportdesk.accounts.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.ApiTokenId;
import io.supportdesk.accounts.ApiTokenManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.IssuedToken;
import io.supportdesk.accounts.LoginThrottledException;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.PasswordRefused;
import io.supportdesk.shared.InvalidInput;

/**
 * The signed-in user's own page in either shell ({@code /portal/account}, {@code /console/account}):
 * language, time zone, password (the current one required; other sessions end, this one stays) and
 * personal API tokens (shown once when issued, revocable).
 */
@Controller
class AccountPageController {

	private final AccountManagement accounts;

	private final ApiTokenManagement tokens;

	private final PasswordManagement passwords;

	private final CurrentSession session;

	AccountPageController(AccountManagement accounts, ApiTokenManagement tokens, PasswordManagement passwords,
			CurrentSession session) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.session = session;
	}

	@GetMapping({ "/portal/account", "/console/account" })
	String account(CurrentUser me, Model model) {
		var user = accounts.user(me, me.id());
		model.addAttribute("user", user);
		model.addAttribute("tokens", tokens.tokens(me));
		model.addAttribute("zones", AccountForms.ZONES);
		if (!model.containsAttribute("preferences")) {
			model.addAttribute("preferences",
					new AccountForms.PreferencesForm(user.language(), user.timeZone().getId(), user.caseMail()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", AccountForms.PasswordForm.empty());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", AccountForms.TokenForm.empty());
		}
		return "accounts/account/account";
	}

	@PostMapping({ "/portal/account/preferences", "/console/account/preferences" })
	String preferences(CurrentUser me, @Valid @ModelAttribute("preferences") AccountForms.PreferencesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				// staff have no case mail to switch: their form has no such field, and theirs stays on
				accounts.changePreferences(me, form.language(), AccountRequests.zone(form.timeZone()),
						me.isStaff() || form.caseMail());
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + shell(me) + "/account";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), "account.error.timeZone", invalid.getMessage());
			}
		}
		return account(me, model);
	}

	@PostMapping({ "/portal/account/password", "/console/account/password" })
	String changePassword(CurrentUser me, @Valid @ModelAttribute("passwordForm") AccountForms.PasswordForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!errors.hasErrors() && !form.newPassword().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "account.password.error.MISMATCH");
		}
		if (!errors.hasErrors()) {
			try {
				session.continueAs(passwords.changePassword(me, form.currentPassword(), form.newPassword()), request,
						response);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:" + shell(me) + "/account";
			}
			catch (PasswordRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey(), refused.getMessage());
			}
			catch (LoginThrottledException throttled) {
				errors.rejectValue("currentPassword", "login.throttled", throttled.getMessage());
			}
		}
		return account(me, model);
	}

	@PostMapping({ "/portal/account/tokens", "/console/account/tokens" })
	String issue(CurrentUser me, @Valid @ModelAttribute("tokenForm") AccountForms.TokenForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return account(me, model);
		}
		Duration lifetime = form.expiresInDays() == null ? null : Duration.ofDays(form.expiresInDays());
		IssuedToken issued = tokens.issue(me, form.name(), lifetime);
		redirect.addFlashAttribute("issued", issued);
		return "redirect:" + shell(me) + "/account";
	}

	@PostMapping({ "/portal/account/tokens/{tokenId}/revoke", "/console/account/tokens/{tokenId}/revoke" })
	String revoke(CurrentUser me, @PathVariable String tokenId, RedirectAttributes redirect) {
		tokens.revoke(me, ApiTokenId.parse(tokenId, "tokenId"));
		redirect.addFlashAttribute("revoked", true);
		return "redirect:" + shell(me) + "/account";
	}

	private static String shell(CurrentUser me) {
		return me.isStaff() ? "/console" : "/portal";
	}
}
