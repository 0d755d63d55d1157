package io.supportdesk.accounts;

import org.springframework.security.access.AccessDeniedException;

import io.supportdesk.shared.NotFound;

/**
 * Who may control another user's access — disable, enable, issue a password reset link: a staff
 * admin for anyone, a customer admin for the users of their own organisation, nobody for themselves.
 * A customer asking about a user of another organisation is told it does not exist.
 */
final class UserControl {

	private UserControl() {
	}

	static void require(CurrentUser actor, User user) {
		if (actor.isCustomer() && (user.organisationId() == null || !actor.maySee(user.organisationId()))) {
			throw new NotFound("refusal.notFound.user");
		}
		if (user.id().equals(actor.id())) {
			throw new AccessDeniedException("You cannot do this to your own account");
		}
		if (!actor.has(Role.ADMIN) && !(actor.isCustomer() && actor.has(Role.CUSTOMER_ADMIN))) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}
}
