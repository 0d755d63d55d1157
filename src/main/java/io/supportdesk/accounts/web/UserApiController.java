package io.supportdesk.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.IssuedResetLink;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.ResetRequest;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;

/**
 * Users by id, and the vendor's staff: {@code /api/users}, {@code /api/staff}; password reset links
 * and the open requests for them ({@code /api/password-reset-requests}).
 */
@RestController
class UserApiController {

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	UserApiController(AccountManagement accounts, PasswordManagement passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@GetMapping("/api/users/{userId}")
	UserSummary user(CurrentUser me, @PathVariable String userId) {
		return accounts.user(me, UserId.parse(userId, "userId"));
	}

	/** Changes a user's role (customer admins within their organisation; managers and admins for all). */
	@PutMapping("/api/users/{userId}/role")
	UserSummary changeRole(CurrentUser me, @PathVariable String userId,
			@Valid @RequestBody AccountRequests.ChangeRole request) {
		UserId id = UserId.parse(userId, "userId");
		accounts.changeRole(me, id, request.role());
		return accounts.user(me, id);
	}

	/**
	 * Disables a user ({@code {"enabled": false}}) or lets them sign in again ({@code true}): admins for
	 * anyone, customer admins within their organisation, nobody for themselves. Disabling ends the
	 * user's sessions on their next request and revokes all their API tokens.
	 */
	@PutMapping("/api/users/{userId}/enabled")
	UserSummary changeEnabled(CurrentUser me, @PathVariable String userId,
			@Valid @RequestBody AccountRequests.ChangeEnabled request) {
		UserId id = UserId.parse(userId, "userId");
		accounts.changeEnabled(me, id, request.enabled());
		return accounts.user(me, id);
	}

	/**
	 * Issues a password reset link for a user (admins for anyone, customer admins within their
	 * organisation, nobody for themselves): {@code link} is shown this once, valid until
	 * {@code expiresAt}, for one use. Revokes the user's earlier links and closes their open requests.
	 */
	@PostMapping("/api/users/{userId}/password-reset")
	ResponseEntity<ResetLinks.Shown> issueResetLink(CurrentUser me, @PathVariable String userId) {
		IssuedResetLink issued = passwords.issueResetLink(me, UserId.parse(userId, "userId"));
		return ResponseEntity.status(HttpStatus.CREATED).body(ResetLinks.Shown.of(issued));
	}

	/** The open "Forgot your password?" requests: all for admins, their organisation's for customer admins. */
	@GetMapping("/api/password-reset-requests")
	List<ResetRequest> resetRequests(CurrentUser me) {
		return passwords.openRequests(me);
	}

	@PutMapping("/api/users/{userId}/language-skills")
	UserSummary changeLanguageSkills(CurrentUser me, @PathVariable String userId,
			@Valid @RequestBody AccountRequests.ChangeLanguageSkills request) {
		UserId id = UserId.parse(userId, "userId");
		accounts.changeLanguageSkills(me, id, request.languages());
		return accounts.user(me, id);
	}

	@GetMapping("/api/staff")
	List<UserSummary> staff(CurrentUser me) {
		return accounts.staff(me);
	}

	@PostMapping("/api/staff")
	ResponseEntity<Map<String, Object>> addStaff(CurrentUser me, @Valid @RequestBody AccountRequests.CreateUser request) {
		UserId id = accounts.addStaff(me, request.toNewUser());
		return ResponseEntity.created(URI.create("/api/users/" + id)).body(Map.of("id", id));
	}
}
