package io.supportdesk.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no users at all) creates the administrator named by {@code SUPPORTDESK_ADMIN_EMAIL}
 * with the password {@code SUPPORTDESK_ADMIN_PASSWORD}, or with a generated password printed once
 * to the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstRunAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);

	private final AccountManagement accounts;

	private final Users users;

	private final AccountsSettings settings;

	FirstRunAdmin(AccountManagement accounts, Users users, AccountsSettings settings) {
		this.accounts = accounts;
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		boolean generated = settings.adminPassword() == null || settings.adminPassword().isBlank();
		String password = generated ? generatePassword() : settings.adminPassword();
		accounts.createFirstAdmin(settings.adminEmail(), password);
		if (generated) {
			log.warn("""

					First run: created administrator {} with the generated password {}
					This password is shown once. Sign in and keep it safe (or set SUPPORTDESK_ADMIN_PASSWORD).
					""", settings.adminEmail(), password);
		}
		else {
			log.info("First run: created administrator {}", settings.adminEmail());
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
