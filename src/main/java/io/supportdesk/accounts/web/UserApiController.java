package io.supportdesk.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;

/** Users by id, and the vendor's staff: {@code /api/users}, {@code /api/staff}. */
@RestController
class UserApiController {

	private final AccountManagement accounts;

	UserApiController(AccountManagement accounts) {
		this.accounts = accounts;
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
