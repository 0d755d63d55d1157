package io.supportdesk.knowledge;

import java.util.Optional;

import io.supportdesk.accounts.CurrentUser;

/** Who reads the knowledge base: someone signed out, a customer or staff. */
public record Reader(CurrentUser user) {

	/** Someone who is not signed in: public articles only. */
	public static Reader anonymous() {
		return new Reader(null);
	}

	/** The signed-in user, or anonymous for none. */
	public static Reader of(CurrentUser user) {
		return new Reader(user);
	}

	public Optional<CurrentUser> signedIn() {
		return Optional.ofNullable(user);
	}

	public boolean isStaff() {
		return user != null && user.isStaff();
	}
}
