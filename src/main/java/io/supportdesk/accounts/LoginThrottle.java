package io.supportdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per address in the database (so the count holds across
 * restarts and application instances) and refuses further attempts once either passes its limit
 * within the window. A successful sign-in clears the account's count.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final AccountsSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, AccountsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether sign-in attempts for this account or from this address are refused right now. */
	@Transactional(readOnly = true)
	boolean isThrottled(String email, String address) {
		Timestamp since = Timestamp.from(windowStart());
		int byAccount = jdbc.sql("select count(*) from accounts_login_failure where lower(email) = lower(:email) and at > :since")
			.param("email", email).param("since", since).query(Integer.class).single();
		if (byAccount >= settings.maxFailuresPerAccount()) {
			return true;
		}
		int byAddress = jdbc.sql("select count(*) from accounts_login_failure where address = :address and at > :since")
			.param("address", address).param("since", since).query(Integer.class).single();
		return byAddress >= settings.maxFailuresPerAddress();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email, String address) {
		jdbc.sql("delete from accounts_login_failure where at < :horizon")
			.param("horizon", Timestamp.from(windowStart().minus(settings.throttleWindow()))).update();
		jdbc.sql("insert into accounts_login_failure (email, address, at) values (:email, :address, :at)")
			.param("email", truncate(email, 254)).param("address", truncate(address, 64))
			.param("at", Timestamp.from(clock.instant())).update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String email) {
		jdbc.sql("delete from accounts_login_failure where lower(email) = lower(:email)").param("email", email).update();
	}

	private Instant windowStart() {
		return clock.instant().minus(settings.throttleWindow());
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
