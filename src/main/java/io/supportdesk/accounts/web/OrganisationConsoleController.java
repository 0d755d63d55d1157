package io.supportdesk.accounts.web;

import jakarta.validation.Valid;

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
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;

/** Staff pages for organisations and their users: {@code /console/organisations}. */
@Controller
@RequestMapping("/console/organisations")
class OrganisationConsoleController {

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	OrganisationConsoleController(AccountManagement accounts, PasswordManagement passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("organisations", accounts.organisations(me));
		model.addAttribute("mayCreate", me.has(Role.MANAGER) || me.has(Role.OPERATIONS));
		model.addAttribute("zones", AccountForms.ZONES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForms.OrganisationForm.empty());
		}
		return "accounts/console/organisations";
	}

	@PostMapping
	String create(CurrentUser me, @Valid @ModelAttribute("form") AccountForms.OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				OrganisationId id = accounts.createOrganisation(me, form.name(), AccountRequests.zone(form.timeZone()));
				redirect.addFlashAttribute("created", form.name());
				return "redirect:/console/organisations/" + id;
			}
			catch (Conflict conflict) {
				conflict.refusal().rejectValue(errors, conflict.field());
			}
			catch (InvalidInput invalid) {
				errors.rejectValue("timeZone", "account.error.timeZone", invalid.getMessage());
			}
		}
		return list(me, model);
	}

	@GetMapping("/{organisationId}")
	String detail(CurrentUser me, @PathVariable String organisationId, Model model) {
		OrganisationId id = OrganisationId.parse(organisationId, "organisationId");
		model.addAttribute("organisation", accounts.organisation(me, id));
		model.addAttribute("users", accounts.users(me, id));
		model.addAttribute("userActions", UserConsoleController.actionsFor(me));
		model.addAttribute("resetRequests", ResetLinks.openRequests(passwords, me));
		model.addAttribute("mayAddUsers", me.has(Role.MANAGER));
		model.addAttribute("roles", new Role[] { Role.CUSTOMER_USER, Role.CUSTOMER_ADMIN });
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForms.UserForm.empty(Role.CUSTOMER_USER));
		}
		return "accounts/console/organisation";
	}

	@PostMapping("/{organisationId}/users")
	String addUser(CurrentUser me, @PathVariable String organisationId,
			@Valid @ModelAttribute("form") AccountForms.UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.addUser(me, OrganisationId.parse(organisationId, "organisationId"), form.toNewUser());
				redirect.addFlashAttribute("added", form.email());
				return "redirect:/console/organisations/" + organisationId;
			}
			catch (Conflict conflict) {
				conflict.refusal().rejectValue(errors, conflict.field());
			}
		}
		return detail(me, organisationId, model);
	}
}
