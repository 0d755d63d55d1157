package io.supportdesk.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.shared.NotFound;

/**
 * Users' passwords. A user changes their own, giving the current one; one who forgot it asks for a
 * reset on the sign-in page, an admin (staff admins for anyone, customer admins for their
 * organisation's users) sees the open requests and issues a reset link, which is shown to the admin
 * once and sets a password once, within {@code supportdesk.accounts.password-reset-lifetime}. There
 * is no mail channel yet: the admin passes the link on; once the mail channel exists, the link is to
 * be mailed to the user instead.
 *
 * <p>A new password follows the same rules everywhere (at least 12 characters, at most 72 bytes, not
 * the e-mail address). A change ends every other session of the user on its next request (the
 * security stamp changes) and keeps the one it was made in; a reset ends all of them. Either closes
 * the user's open requests and revokes their unused links. API tokens stay valid. Wrong current
 * passwords count as failed sign-ins ({@link LoginThrottle}), so the change cannot be used to guess.
 */
@Service
@Transactional
public class PasswordManagement {

	private final Users users;

	private final PasswordEncoder passwords;

	private final PasswordResets resets;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final AccountsSettings settings;

	private final Clock clock;

	private final ObjectProvider<ResetLinkCourier> courier;

	/** At most this many links go by mail to one user per hour; further requests wait for an administrator. */
	static final int MAILED_LINKS_PER_HOUR = 3;

	/** Who issued a link that went by mail, in the link's record and the audit log. */
	static final String BY_MAIL = "self-service (mail)";

	PasswordManagement(Users users, PasswordEncoder passwords, PasswordResets resets, LoginThrottle throttle,
			AuditLog audit, AccountsSettings settings, Clock clock, ObjectProvider<ResetLinkCourier> courier) {
		this.courier = courier;
		this.users = users;
		this.passwords = passwords;
		this.resets = resets;
		this.throttle = throttle;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Changes the acting user's password. Refused with {@link PasswordRefused} naming
	 * {@code currentPassword} or {@code newPassword}, or with {@link LoginThrottledException} after too
	 * many wrong current passwords.
	 *
	 * @return the principal the session that made the change continues with (the other sessions end)
	 */
	public AccountPrincipal changePassword(CurrentUser actor, String currentPassword, String newPassword) {
		User user = users.findById(actor.id().value()).orElseThrow(() -> new NotFound("refusal.notFound.user"));
		String address = AuditLog.currentAddress() == null ? "unknown" : AuditLog.currentAddress();
		if (throttle.isThrottled(user.email(), address)) {
			audit.record(AuditAction.LOGIN_THROTTLED, actor.email(), user.email(), "password change");
			throw new LoginThrottledException();
		}
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throttle.recordFailure(user.email(), address);
			audit.record(AuditAction.PASSWORD_CHANGE_FAILED, actor.email(), user.email(), "wrong current password");
			throw new PasswordRefused("currentPassword", PasswordRefused.Reason.WRONG_CURRENT,
					"refusal.accounts.password.wrongCurrent");
		}
		User saved = setPassword(user, newPassword);
		audit.record(AuditAction.PASSWORD_CHANGED, actor.email(), user.email(), null);
		return saved.sessionPrincipal();
	}

	/**
	 * "Forgot your password?": records a request for the account with this e-mail address, if there
	 * is one, for its admins to see, and — when mail is sent and the account is enabled — mails the user
	 * a reset link at once (their earlier unused links are revoked; at most
	 * {@value #MAILED_LINKS_PER_HOUR} per hour, so nobody floods a mailbox through this page). The
	 * request stays open for the admins until the password is reset, in case the mail does not arrive.
	 * Tells the caller nothing either way (no account enumeration); the audit log records every request.
	 */
	public void requestReset(String email) {
		Optional<User> user = users.findByEmail(email.strip());
		Instant now = clock.instant();
		user.ifPresent(u -> {
			ResetLinkCourier mail = courier.getIfAvailable();
			if (mail != null && mail.available() && u.summary().enabled()
					&& resets.issuedSince(u.id(), BY_MAIL, now.minus(java.time.Duration.ofHours(1))) < MAILED_LINKS_PER_HOUR) {
				Instant expiresAt = now.plus(settings.passwordResetLifetime());
				String token = Secrets.generate();
				resets.settle(u.id(), now);
				resets.issue(u.id(), Secrets.hash(token), BY_MAIL, now, expiresAt);
				mail.carry(u.summary(), token, expiresAt);
				audit.record(AuditAction.PASSWORD_RESET_ISSUED, BY_MAIL, u.email(), "mailed, valid until " + expiresAt);
			}
			resets.request(u.id(), now);
		});
		String subject = email.strip().substring(0, Math.min(email.strip().length(), 254));
		audit.record(AuditAction.PASSWORD_RESET_REQUESTED, null, subject, user.isPresent() ? null : "no such account");
	}

	/** Whether "Forgot your password?" mails the link itself (mail is sent), or only asks the administrators. */
	@Transactional(readOnly = true)
	public boolean resetLinksByMail() {
		ResetLinkCourier mail = courier.getIfAvailable();
		return mail != null && mail.available();
	}

	/** The open reset requests the actor may act on: all for staff admins, their organisation's for customer admins. */
	@Transactional(readOnly = true)
	public List<ResetRequest> openRequests(CurrentUser actor) {
		if (actor.has(Role.ADMIN)) {
			return resets.open(null);
		}
		if (actor.isCustomer() && actor.has(Role.CUSTOMER_ADMIN)) {
			return resets.open(actor.organisationId());
		}
		throw new AccessDeniedException("Your role does not allow this");
	}

	/**
	 * Issues a reset link for a user (staff admins for anyone, customer admins for their organisation's
	 * users, nobody for themselves: they change their password on their account page). The token
	 * carries 256 random bits, is stored only as its SHA-256 hash and is returned this once; the
	 * user's earlier unused links are revoked and their open requests closed.
	 */
	public IssuedResetLink issueResetLink(CurrentUser actor, UserId id) {
		User user = users.findById(id.value()).orElseThrow(() -> new NotFound("refusal.notFound.user"));
		UserControl.require(actor, user);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(settings.passwordResetLifetime());
		String token = Secrets.generate();
		resets.settle(user.id(), now);
		resets.issue(user.id(), Secrets.hash(token), actor.email(), now, expiresAt);
		audit.record(AuditAction.PASSWORD_RESET_ISSUED, actor.email(), user.email(), "valid until " + expiresAt);
		return new IssuedResetLink(user.id(), user.email(), token, expiresAt);
	}

	/** What the link with this token is now. */
	@Transactional(readOnly = true)
	public ResetLinkState resetLink(String token) {
		return resets.find(Secrets.hash(token), false).map(link -> link.stateAt(clock.instant()))
			.orElse(ResetLinkState.UNKNOWN);
	}

	/**
	 * Sets a new password with a reset link and uses the link up. Refused with
	 * {@link ResetLinkUnusable} (expired, used, unknown) or {@link PasswordRefused} naming
	 * {@code newPassword}. Ends all the user's sessions; a disabled user stays disabled.
	 */
	public void resetPassword(String token, String newPassword) {
		Instant now = clock.instant();
		PasswordResets.Link link = resets.find(Secrets.hash(token), true)
			.orElseThrow(() -> new ResetLinkUnusable(ResetLinkState.UNKNOWN));
		if (link.stateAt(now) != ResetLinkState.USABLE) {
			throw new ResetLinkUnusable(link.stateAt(now));
		}
		User user = users.findById(link.userId().value()).orElseThrow(() -> new ResetLinkUnusable(ResetLinkState.UNKNOWN));
		resets.markUsed(link, now);
		resets.settle(user.id(), now); // the request is answered, any other link is void
		setPassword(user, newPassword);
		throttle.recordSuccess(user.email());
		audit.record(AuditAction.PASSWORD_RESET, user.email(), user.email(), "with a reset link");
	}

	/** Which organisation the user of a reset link belongs to (for tenant isolation of signed-in customers). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOfResetLink(String token) {
		return resets.find(Secrets.hash(token), false).flatMap(link -> users.findById(link.userId().value()))
			.map(User::organisationId);
	}

	private User setPassword(User user, String newPassword) {
		PasswordRules.check("newPassword", newPassword, user.email());
		user.changePassword(passwords.encode(newPassword));
		User saved = users.save(user);
		resets.settle(user.id(), clock.instant());
		return saved;
	}
}
