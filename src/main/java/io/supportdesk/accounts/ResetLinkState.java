package io.supportdesk.accounts;

/** What a presented password reset token is. */
public enum ResetLinkState {
	/** Issued, unused, not expired, not replaced: it sets a password once. */
	USABLE,
	/** Its lifetime is over. */
	EXPIRED,
	/** It set a password already, or a newer link or a password change replaced it. */
	USED,
	/** No link has this token. */
	UNKNOWN
}
