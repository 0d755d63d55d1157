package io.supportdesk.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, failed sign-ins and sign-outs to the audit log. (API calls with Basic or a token
 * authenticate on every request; only their failures are recorded, not each success.) Synchronous
 * listeners on purpose: Spring Security publishes these events outside any transaction, during the
 * request itself, and {@link AuditLog} writes each entry in a transaction of its own before the
 * request goes on — so a failed request still leaves its trace.
 */
@Component
class SecurityAudit {

	private final AuditLog audit;

	SecurityAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		String email = event.getAuthentication().getName();
		audit.record(AuditAction.LOGIN, email, email, null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof LoginThrottledException) {
			return; // recorded as LOGIN_THROTTLED where it is decided
		}
		String email = String.valueOf(event.getAuthentication().getName());
		audit.record(AuditAction.LOGIN_FAILED, null, email, event.getException().getClass().getSimpleName());
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		String email = event.getAuthentication().getName();
		audit.record(AuditAction.LOGOUT, email, email, null);
	}
}
