package io.supportdesk.accounts.web;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.IssuedResetLink;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.ResetRequest;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;

/** Password reset links as the user lists show them to admins (console, portal) and the API returns them. */
final class ResetLinks {

	private ResetLinks() {
	}

	/** The absolute address of the page a reset token opens, {@code <this server>/login/reset/<token>}. */
	static String url(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/login/reset/{token}").buildAndExpand(token)
			.toUriString();
	}

	/** When each user the viewer may help asked for a reset (nobody, for viewers who may not issue links). */
	static Map<UserId, Instant> openRequests(PasswordManagement passwords, CurrentUser me) {
		if (!me.has(Role.ADMIN) && !(me.isCustomer() && me.has(Role.CUSTOMER_ADMIN))) {
			return Map.of();
		}
		return passwords.openRequests(me).stream()
			.collect(Collectors.toMap(ResetRequest::userId, ResetRequest::requestedAt));
	}

	/** A link just issued, shown once to the admin who issued it. */
	record Shown(UserId userId, String email, String link, Instant expiresAt) implements java.io.Serializable {

		static Shown of(IssuedResetLink issued) {
			return new Shown(issued.userId(), issued.email(), url(issued.token()), issued.expiresAt());
		}
	}
}
