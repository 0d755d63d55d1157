package io.supportdesk.mail.web;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.mail.MailInbox;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.shared.NotFound;

/**
 * The quarantine for staff ({@code /console/mail/quarantine}): the mail no case was made of (unknown
 * senders, automatic mail, organisations without a subscription, mail over the size limit), each
 * readable (its text, HTML reduced to text, and its files' names) and decided on: assigned to an
 * organisation (its sender becomes a customer user there and the mail is routed as theirs; the agent
 * lands on the case) or rejected (kept, marked). The page also says whether and how the support
 * mailbox is read.
 */
@Controller
@RequestMapping("/console/mail/quarantine")
class QuarantineConsoleController {

	private static final String PAGE = "/console/mail/quarantine";

	private final MailInbox inbox;

	private static final MessageSourceResolvable CHOOSE = new DefaultMessageSourceResolvable(
			"mail.quarantine.error.organisation");

	private final AccountManagement accounts;

	private final MessageSource messages;

	QuarantineConsoleController(MailInbox inbox, AccountManagement accounts, MessageSource messages) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("quarantine", inbox.quarantine(me));
		model.addAttribute("inbound", inbox.inboundStatus());
		return "mail/console/quarantine";
	}

	@GetMapping("/{id}")
	String show(CurrentUser me, @PathVariable String id, Model model) {
		model.addAttribute("mail", inbox.quarantined(me, uuid(id)));
		model.addAttribute("organisations", accounts.organisations(me));
		return "mail/console/quarantined";
	}

	@PostMapping("/{id}/assign")
	String assign(CurrentUser me, @PathVariable String id,
			@RequestParam(name = "organisationId", required = false) String organisationId, Model model,
			RedirectAttributes redirect) {
		UUID quarantined = uuid(id);
		inbox.quarantined(me, quarantined); // 404 before anything else for a decided or unknown message
		MessageSourceResolvable refusal = CHOOSE;
		if (organisationId != null && !organisationId.isBlank()) {
			try {
				CaseId caseId = inbox.assign(me, quarantined, OrganisationId.parse(organisationId, "organisationId"));
				redirect.addFlashAttribute("notice", "mail.quarantine.notice.assigned");
				return "redirect:/console/cases/" + caseId;
			}
			catch (InvalidInput | NotFound unknownOrganisation) {
				refusal = CHOOSE;
			}
			catch (Conflict refused) { // no sender, a sender of another organisation, no subscription
				refusal = refused.refusal();
			}
		}
		model.addAttribute("refusal", messages.getMessage(refusal, LocaleContextHolder.getLocale()));
		model.addAttribute("chosen", organisationId);
		return show(me, id, model);
	}

	@PostMapping("/{id}/reject")
	String reject(CurrentUser me, @PathVariable String id, RedirectAttributes redirect) {
		inbox.reject(me, uuid(id));
		redirect.addFlashAttribute("notice", "mail.quarantine.notice.rejected");
		return "redirect:" + PAGE;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound("refusal.notFound.quarantinedMail");
		}
	}

	/** The quarantine in the console's administration menu, beside the delivery log. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleQuarantine() {
			return new NavigationItem("console", PAGE, "mail.quarantine.nav", "STAFF", 76, NavigationItem.SETUP);
		}
	}
}
