package io.supportdesk.accounts;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps signed-in web sessions in step with their users. A session holds the principal built when it
 * signed in; {@link #recheck(AccountPrincipal)} compares it with the user's row on every request: a
 * disabled or removed user, or one whose security stamp changed (password changed or reset,
 * disabled), ends the session; any other change of the row (a new role, other preferences) rebuilds
 * the principal, so new rights take effect on the very next request.
 */
@Service
public class SessionManagement {

	private static final SessionCheck CURRENT = new SessionCheck.Current();

	private static final SessionCheck ENDED = new SessionCheck.Ended();

	private final JdbcClient jdbc;

	SessionManagement(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the session of {@code principal} still stands, and as whom. One query by primary key,
	 * outside a transaction of its own: every web request of a signed-in user asks.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public SessionCheck recheck(AccountPrincipal principal) {
		Optional<AccountPrincipal> now = jdbc.sql("""
				select id, organisation_id, email, name, role, language, time_zone, enabled, security_stamp, version
				from accounts_user where id = :id""")
			.param("id", principal.currentUser().id().value())
			.query((rs, row) -> AccountPrincipal.read(rs, null))
			.optional();
		if (now.isEmpty() || !now.get().isEnabled() || !now.get().securityStamp().equals(principal.securityStamp())) {
			return ENDED;
		}
		return now.get().version() == principal.version() ? CURRENT : new SessionCheck.Refreshed(now.get());
	}
}
