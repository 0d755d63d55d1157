package io.supportdesk.accounts;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because of too many recent failures for the account or the address. The web layer
 * answers it with 429 on the API and a message on the sign-in page.
 */
public class LoginThrottledException extends LockedException {

	LoginThrottledException() {
		super("Too many failed sign-in attempts. Please wait a few minutes and try again.");
	}
}
