package io.supportdesk.mail.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.mail.MailOutbox;
import io.supportdesk.shared.NavigationItem;

/**
 * What the outbox did, for staff: the delivery log ({@code /console/mail}, the newest 200 mails with
 * their state, attempts and the server's last refusal; {@code ?q=} finds a recipient or subject) and each case's mail, a fragment of the console
 * case page ({@code /console/cases/{id}/mail}).
 */
@Controller
class MailConsoleController {

	private final MailOutbox outbox;

	private final CaseManagement cases;

	MailConsoleController(MailOutbox outbox, CaseManagement cases) {
		this.outbox = outbox;
		this.cases = cases;
	}

	@GetMapping("/console/mail")
	String log(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String search,
			Model model) {
		model.addAttribute("deliveries", outbox.recent(search, 200));
		model.addAttribute("search", search);
		model.addAttribute("sending", outbox.sending());
		return "mail/console/log";
	}

	@GetMapping("/console/cases/{caseId}/mail")
	String ofCase(CurrentUser me, @PathVariable String caseId, Model model) {
		CaseId id = CaseId.parse(caseId, "caseId");
		cases.caseView(me, id); // 404 for a case that does not exist
		model.addAttribute("deliveries", outbox.ofCase(id));
		model.addAttribute("sending", outbox.sending());
		return "mail/console/log :: deliveries";
	}

	/** The delivery log in the console's administration menu. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleMail() {
			return new NavigationItem("console", "/console/mail", "mail.nav", "STAFF", 75, NavigationItem.SETUP);
		}
	}
}
