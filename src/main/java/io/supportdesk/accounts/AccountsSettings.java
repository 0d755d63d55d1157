package io.supportdesk.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code supportdesk.accounts}.
 *
 * @param adminEmail e-mail of the administrator created on first run
 * @param adminPassword that administrator's password; blank: a generated one is printed once to the log
 * @param maxFailuresPerAccount failed sign-ins on one account within {@code throttleWindow} before it is refused
 * @param maxFailuresPerAddress failed sign-ins from one address within {@code throttleWindow} before it is refused
 * @param throttleWindow how far back failed sign-ins count
 * @param passwordResetLifetime how long a password reset link an admin issued stays usable
 */
@ConfigurationProperties("supportdesk.accounts")
record AccountsSettings(@DefaultValue("admin@supportdesk.local") String adminEmail, String adminPassword,
		@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration throttleWindow, @DefaultValue("24h") Duration passwordResetLifetime) {
}
