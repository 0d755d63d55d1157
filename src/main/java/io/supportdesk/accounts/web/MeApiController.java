package io.supportdesk.accounts.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.ApiTokenId;
import io.supportdesk.accounts.ApiTokenManagement;
import io.supportdesk.accounts.ApiTokenSummary;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.IssuedToken;
import io.supportdesk.accounts.PasswordManagement;
import io.supportdesk.accounts.UserSummary;

/** The caller themselves: profile, preferences, password and personal API tokens ({@code /api/me}). */
@RestController
@RequestMapping("/api/me")
class MeApiController {

	private final AccountManagement accounts;

	private final ApiTokenManagement tokens;

	private final PasswordManagement passwords;

	MeApiController(AccountManagement accounts, ApiTokenManagement tokens, PasswordManagement passwords) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
	}

	@GetMapping
	UserSummary me(CurrentUser me) {
		return accounts.user(me, me.id());
	}

	/** The caller's language, time zone and (optional, customers) whether they want mail about their cases. */
	@PutMapping("/preferences")
	UserSummary changePreferences(CurrentUser me, @Valid @RequestBody AccountRequests.ChangePreferences request) {
		if (request.caseMail() == null || me.isStaff()) {
			accounts.changePreferences(me, request.language(), request.zone());
		}
		else {
			accounts.changePreferences(me, request.language(), request.zone(), request.caseMail());
		}
		return accounts.user(me, me.id());
	}

	/**
	 * Changes the caller's password: {@code currentPassword} must be right, {@code newPassword} at least
	 * 12 characters, at most 72 bytes and not the e-mail address (400 naming the field); 429 after too
	 * many wrong current passwords. The caller's web sessions end; API tokens stay valid.
	 */
	@PutMapping("/password")
	ResponseEntity<Void> changePassword(CurrentUser me, @Valid @RequestBody AccountRequests.ChangePassword request) {
		passwords.changePassword(me, request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tokens")
	List<ApiTokenSummary> tokens(CurrentUser me) {
		return tokens.tokens(me);
	}

	/** Issues a token; the response holds the token itself, which is never shown again. */
	@PostMapping("/tokens")
	ResponseEntity<IssuedToken> issue(CurrentUser me, @Valid @RequestBody AccountRequests.IssueToken request) {
		Duration lifetime = request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays());
		IssuedToken issued = tokens.issue(me, request.name(), lifetime);
		return ResponseEntity.created(URI.create("/api/me/tokens/" + issued.id())).body(issued);
	}

	@DeleteMapping("/tokens/{tokenId}")
	ResponseEntity<Void> revoke(CurrentUser me, @PathVariable String tokenId) {
		tokens.revoke(me, ApiTokenId.parse(tokenId, "tokenId"));
		return ResponseEntity.noContent().build();
	}
}
