package io.supportdesk.mail.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.mail.MailInbox;
import io.supportdesk.mail.Quarantined;
import io.supportdesk.shared.InvalidInput;

/** The mail channel's API for staff: the quarantine of mail no known customer sent, and what to do with it. */
@RestController
class MailApiController {

	private final MailInbox inbox;

	MailApiController(MailInbox inbox) {
		this.inbox = inbox;
	}

	/** Staff: the open quarantine, newest first (mail from unknown senders, automatic mail; kept whole). */
	@GetMapping("/api/mail/quarantine")
	List<Quarantined> quarantine(CurrentUser me) {
		return inbox.quarantine(me);
	}

	/** Staff: the sender becomes a customer user of the organisation and the message is routed as theirs. */
	@PostMapping("/api/mail/quarantine/{quarantineId}/assign")
	Map<String, Object> assign(CurrentUser me, @PathVariable String quarantineId, @Valid @RequestBody Assign body) {
		return Map.of("caseId", inbox.assign(me, id(quarantineId), body.organisationId()));
	}

	/** Staff: the message is kept, marked rejected, and does nothing. */
	@PostMapping("/api/mail/quarantine/{quarantineId}/reject")
	ResponseEntity<Void> reject(CurrentUser me, @PathVariable String quarantineId) {
		inbox.reject(me, id(quarantineId));
		return ResponseEntity.noContent().build();
	}

	private static UUID id(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput("quarantineId", "refusal.id.invalid");
		}
	}

	record Assign(@NotNull OrganisationId organisationId) {
	}
}
