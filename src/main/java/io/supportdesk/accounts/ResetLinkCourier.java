package io.supportdesk.accounts;

import java.time.Instant;

/**
 * Carries a password reset link to the user who asked for it on "Forgot your password?". The mail
 * channel implements it (module notifications); without one that can, the user's administrators issue
 * the link and pass it on.
 */
public interface ResetLinkCourier {

	/** Whether links can be carried now (mail is sent at all). */
	boolean available();

	/**
	 * Stores the link to be carried to {@code user} after the caller's transaction commits, in their
	 * language and zone: {@code token} is the secret part of {@code /login/reset/{token}}, usable until
	 * {@code expiresAt}.
	 */
	void carry(UserSummary user, String token, Instant expiresAt);
}
