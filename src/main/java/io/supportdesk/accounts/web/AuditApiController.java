package io.supportdesk.accounts.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.AuditEntry;
import io.supportdesk.accounts.AuditLog;
import io.supportdesk.shared.InvalidInput;

/** The audit log over the API, for administrators ({@code /api/audit}). */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "Security-relevant actions and administrative changes with before and after")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The newest entries first", description = "Administrators. Sign-ins, tokens, passwords and "
			+ "administrative changes; `limit` 1–1000 (default 100).")
	List<AuditEntry> recent(@RequestParam(defaultValue = "100") int limit) {
		return audit.recent(checked(limit));
	}

	@GetMapping("/changes")
	@Operation(summary = "The newest administrative changes first, with before and after",
			description = "Administrators. Plans, calendars, roles, subscriptions, account managers and e-mail domains: "
					+ "`before` (null for a creation) and `after` are the changed thing's state as JSON or text.")
	List<AuditEntry> changes(@RequestParam(defaultValue = "100") int limit) {
		return audit.changes(checked(limit));
	}

	private static int checked(int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("limit", "refusal.audit.limit", 1, 1000);
		}
		return limit;
	}
}
