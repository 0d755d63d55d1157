package io.supportdesk.mail.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.mail.MailInbox;
import io.supportdesk.mail.Quarantined;

/** The mail channel's API for staff: the quarantine of mail no known customer sent. */
@RestController
class MailApiController {

	private final MailInbox inbox;

	MailApiController(MailInbox inbox) {
		this.inbox = inbox;
	}

	/** Staff: the open quarantine, newest first (mail from unknown senders, automatic mail; kept whole). */
	@GetMapping("/api/mail/quarantine")
	List<Quarantined> quarantine(CurrentUser me) {
		if (!me.isStaff()) {
			throw new AccessDeniedException("Support staff only");
		}
		return inbox.quarantine();
	}
}
