package io.supportdesk.accounts;

/**
 * What {@link SessionManagement#recheck(AccountPrincipal)} found about a signed-in session: it still
 * stands as it is, it stands with a principal rebuilt from the user's current state, or it has ended.
 */
public sealed interface SessionCheck {

	/** Nothing changed since the principal was built. */
	record Current() implements SessionCheck {
	}

	/** The user changed (a new role, other preferences): the session continues as {@code principal}. */
	record Refreshed(AccountPrincipal principal) implements SessionCheck {
	}

	/** The user was disabled or removed, or their password was changed or reset: the session ends. */
	record Ended() implements SessionCheck {
	}
}
