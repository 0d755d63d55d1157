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
import io.supportdesk.accounts.UserSummary;

/** The caller themselves: profile, preferences and personal API tokens ({@code /api/me}). */
@RestController
@RequestMapping("/api/me")
class MeApiController {

	private final AccountManagement accounts;

	private final ApiTokenManagement tokens;

	MeApiController(AccountManagement accounts, ApiTokenManagement tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	UserSummary me(CurrentUser me) {
		return accounts.user(me, me.id());
	}

	@PutMapping("/preferences")
	UserSummary changePreferences(CurrentUser me, @Valid @RequestBody AccountRequests.ChangePreferences request) {
		accounts.changePreferences(me, request.language(), request.zone());
		return accounts.user(me, me.id());
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
