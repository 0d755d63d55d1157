package io.supportdesk.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps signed-in web sessions in step with their users. A session holds the principal built when it
 * signed in; {@link #recheck(AccountPrincipal)} compares it with the user's row on every request: a
 * disabled or removed user, or one whose security stamp changed (password changed or reset,
 * disabled), ends the session; any other change of the row (a new role, other preferences) rebuilds
 * the principal, so new rights take effect on the very next request. It also tells whether web sessions
 * still stand (not signed out, invalidated or timed out) and keeps them alive while they are in use outside web
 * requests — a chat socket opened from a session lives as long as the session.
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

	/**
	 * Which of these web sessions (by the ids Spring Session gives them) still stand: not signed out or
	 * otherwise invalidated on any node, and not past their idle timeout. A session is timed on its own clock —
	 * the system's, which stamps its activity — not on the application's {@code Clock}. One query per thousand
	 * ids.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Set<String> standing(Collection<String> webSessionIds) {
		Set<String> standing = new HashSet<>();
		long now = System.currentTimeMillis();
		for (List<String> chunk : chunks(webSessionIds)) {
			standing.addAll(jdbc.sql("""
					select session_id from accounts_web_session
					where session_id in (:ids) and (max_inactive_interval < 0 or expiry_time > :now)""")
				.param("ids", chunk).param("now", now).query(String.class).list());
		}
		return standing;
	}

	/**
	 * These web sessions were in use outside web requests (frames over a chat socket): their idle timeout
	 * starts again, as on a request. A session that has ended stays ended.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void keepAlive(Collection<String> webSessionIds) {
		long now = System.currentTimeMillis();
		for (List<String> chunk : chunks(webSessionIds)) {
			jdbc.sql("""
					update accounts_web_session
					set last_access_time = :now, expiry_time = :now + cast(max_inactive_interval as bigint) * 1000
					where session_id in (:ids) and max_inactive_interval >= 0 and expiry_time > :now""")
				.param("ids", chunk).param("now", now).update();
		}
	}

	private static List<List<String>> chunks(Collection<String> ids) {
		List<String> all = List.copyOf(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += 1000) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
		}
		return chunks;
	}
}
