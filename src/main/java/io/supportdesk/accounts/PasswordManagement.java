package io.supportdesk.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.shared.NotFound;

/**
 * Users' passwords: a user changes their own, giving the current one. A new password follows the
 * same rules everywhere (at least 12 characters, at most 72 bytes, not the e-mail address); a change
 * ends every other session of the user on its next request (the security stamp changes) and keeps
 * the one it was made in. API tokens stay valid. Wrong current passwords count as failed sign-ins
 * ({@link LoginThrottle}), so the form cannot be used to guess the password.
 */
@Service
@Transactional
public class PasswordManagement {

	private final Users users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	PasswordManagement(Users users, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	/**
	 * Changes the acting user's password. Refused with {@link PasswordRefused} naming
	 * {@code currentPassword} or {@code newPassword}, or with {@link LoginThrottledException} after too
	 * many wrong current passwords.
	 *
	 * @return the principal the session that made the change continues with (the other sessions end)
	 */
	public AccountPrincipal changePassword(CurrentUser actor, String currentPassword, String newPassword) {
		User user = users.findById(actor.id().value()).orElseThrow(() -> new NotFound("User"));
		String address = AuditLog.currentAddress() == null ? "unknown" : AuditLog.currentAddress();
		if (throttle.isThrottled(user.email(), address)) {
			audit.record(AuditAction.LOGIN_THROTTLED, actor.email(), user.email(), "password change");
			throw new LoginThrottledException();
		}
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throttle.recordFailure(user.email(), address);
			audit.record(AuditAction.PASSWORD_CHANGE_FAILED, actor.email(), user.email(), "wrong current password");
			throw new PasswordRefused("currentPassword", PasswordRefused.Reason.WRONG_CURRENT,
					"is not your current password");
		}
		PasswordRules.check("newPassword", newPassword, user.email());
		user.changePassword(passwords.encode(newPassword));
		User saved = users.save(user);
		audit.record(AuditAction.PASSWORD_CHANGED, actor.email(), user.email(), null);
		return saved.sessionPrincipal();
	}
}
