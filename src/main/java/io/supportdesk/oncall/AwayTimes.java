package io.supportdesk.oncall;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * When staff are away. A member of staff records their own absences, a manager anyone's; while someone
 * is away paging skips them: a Premier organisation's Severity 1 goes to its TAM only while the TAM is
 * available, otherwise straight to the rota (and a person on call who is away passes to the next level —
 * an override is the way to have their slot covered).
 */
@Service
@Transactional
public class AwayTimes {

	/** The longest absence one entry may hold. */
	static final Duration LONGEST = Duration.ofDays(366);

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	AwayTimes(JdbcClient jdbc, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Records that {@code user} (the actor when null) is away from {@code from} to {@code to}. Staff for
	 * themselves, managers for any member of staff. Refused naming the field: a user who is no enabled
	 * member of staff, a missing start, an end not after the start or already past, a span over a year,
	 * a reason over 200 characters.
	 */
	public Away add(CurrentUser actor, UserId user, Instant from, Instant to, String reason) {
		requireStaff(actor);
		UserId who = user == null ? actor.id() : user;
		if (!who.equals(actor.id()) && !actor.has(Role.MANAGER)) {
			throw new InvalidInput("userId", "refusal.oncall.away.others");
		}
		UserSummary person = accounts.findUser(who).filter(UserSummary::enabled).filter(u -> u.role().isStaff())
			.orElseThrow(() -> new InvalidInput("userId", "refusal.oncall.notStaff", who));
		if (from == null) {
			throw new InvalidInput("from", "refusal.oncall.away.from");
		}
		if (to == null || !to.isAfter(from)) {
			throw new InvalidInput("to", "refusal.oncall.override.to");
		}
		if (!to.isAfter(clock.instant())) {
			throw new InvalidInput("to", "refusal.oncall.away.past");
		}
		if (Duration.between(from, to).compareTo(LONGEST) > 0) {
			throw new InvalidInput("to", "refusal.oncall.away.tooLong");
		}
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > 200) {
			throw new InvalidInput("reason", "refusal.oncall.away.reason");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into oncall_away (id, user_id, starts_at, ends_at, reason, created_by, created_at)
				values (:id, :user, :from, :to, :reason, :by, :now)""")
			.param("id", id).param("user", who.value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("reason", text).param("by", actor.id().value()).param("now", Timestamp.from(clock.instant())).update();
		return new Away(id, who, person.name(), from, to, text);
	}

	/** Absences not over yet, soonest first (staff). */
	@Transactional(readOnly = true)
	public List<Away> upcoming(CurrentUser actor) {
		requireStaff(actor);
		return jdbc.sql("select * from oncall_away where ends_at > :now order by starts_at, ends_at")
			.param("now", Timestamp.from(clock.instant())).query((r, n) -> {
				UserId user = new UserId(r.getObject("user_id", UUID.class));
				return new Away(r.getObject("id", UUID.class), user,
						accounts.findUser(user).map(UserSummary::name).orElse("?"), r.getTimestamp("starts_at").toInstant(),
						r.getTimestamp("ends_at").toInstant(), r.getString("reason"));
			}).list();
	}

	/** Removes an absence: one's own, or anyone's for managers; 404 otherwise. */
	public void remove(CurrentUser actor, UUID id) {
		requireStaff(actor);
		int removed = jdbc.sql("delete from oncall_away where id = :id and (user_id = :me or :manager)")
			.param("id", id).param("me", actor.id().value()).param("manager", actor.has(Role.MANAGER)).update();
		if (removed == 0) {
			throw new NotFound("refusal.notFound.away");
		}
	}

	/** Whether {@code user} is away at {@code at}. */
	@Transactional(readOnly = true)
	public boolean isAway(UserId user, Instant at) {
		return jdbc.sql("select exists (select 1 from oncall_away where user_id = :user and starts_at <= :at and ends_at > :at)")
			.param("user", user.value()).param("at", Timestamp.from(at)).query(Boolean.class).single();
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new NotFound("refusal.notFound.away");
		}
	}
}
