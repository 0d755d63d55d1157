package io.supportdesk.accounts.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.supportdesk.accounts.AuditLog;
import io.supportdesk.accounts.CurrentUser;

/** The audit log for administrators: {@code /console/audit}, newest first. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditConsoleController {

	private final AuditLog audit;

	AuditConsoleController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/console/audit")
	String audit(CurrentUser me, Model model) {
		model.addAttribute("entries", audit.recent(200));
		return "accounts/console/audit";
	}
}
