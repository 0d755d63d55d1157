package io.supportdesk.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.PasswordRefused;
import io.supportdesk.accounts.ResetLinkState;
import io.supportdesk.accounts.ResetLinkUnusable;

/**
 * Pages for a forgotten password, open to anybody: {@code /login/forgot} records a request and
 * answers the same whether the address has an account or not; {@code /login/reset/<token>}, the link
 * an admin issued, sets a new password once. An expired, used or unknown link gets a page that says
 * so (410, or 404 for unknown). Reset pages are sent with {@code Referrer-Policy: no-referrer} and
 * {@code Cache-Control: no-store}, so the token leaks neither to other sites nor into caches.
 */
@Controller
class PasswordResetPageController {

	private final PasswordManagement passwords;

	PasswordResetPageController(PasswordManagement passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/login/forgot")
	String forgot(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForms.ForgotForm.empty());
		}
		model.addAttribute("byMail", passwords.resetLinksByMail());
		return "accounts/password/forgot";
	}

	@PostMapping("/login/forgot")
	String request(@Valid @ModelAttribute("form") AccountForms.ForgotForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return forgot(model);
		}
		passwords.requestReset(form.email());
		return "redirect:/login/forgot?sent";
	}

	@GetMapping("/login/reset/{resetToken}")
	String resetPage(@PathVariable String resetToken, Model model, HttpServletResponse response) {
		keepPrivate(response);
		ResetLinkState state = passwords.resetLink(resetToken);
		if (state != ResetLinkState.USABLE) {
			return unusable(state, model, response);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForms.ResetForm.empty());
		}
		model.addAttribute("resetToken", resetToken);
		return "accounts/password/reset";
	}

	@PostMapping("/login/reset/{resetToken}")
	String reset(@PathVariable String resetToken, @Valid @ModelAttribute("form") AccountForms.ResetForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		keepPrivate(response);
		if (!errors.hasErrors() && !form.newPassword().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "account.password.error.MISMATCH");
		}
		if (!errors.hasErrors()) {
			try {
				passwords.resetPassword(resetToken, form.newPassword());
				return "redirect:/login?reset";
			}
			catch (PasswordRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey(), refused.getMessage());
			}
			catch (ResetLinkUnusable unusable) {
				return unusable(unusable.state(), model, response);
			}
		}
		model.addAttribute("resetToken", resetToken);
		return "accounts/password/reset";
	}

	private static String unusable(ResetLinkState state, Model model, HttpServletResponse response) {
		response.setStatus(state == ResetLinkState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("state", state);
		return "accounts/password/unusable";
	}

	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}
}
