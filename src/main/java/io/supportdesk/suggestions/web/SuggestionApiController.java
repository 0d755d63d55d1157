package io.supportdesk.suggestions.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;
import io.supportdesk.suggestions.Demand;
import io.supportdesk.suggestions.NewSuggestion;
import io.supportdesk.suggestions.StatusChange;
import io.supportdesk.suggestions.SuggestionBoard;
import io.supportdesk.suggestions.SuggestionId;
import io.supportdesk.suggestions.SuggestionSort;
import io.supportdesk.suggestions.SuggestionStatus;
import io.supportdesk.suggestions.SuggestionSummary;
import io.supportdesk.suggestions.SuggestionView;

/** Product suggestions: submit, list, vote, follow, comment; staff answer, merge and weigh demand. */
@RestController
@Tag(name = "Product suggestions", description = "Feature requests for a product. Customers whose plan includes "
		+ "product suggestions see every organisation's suggestions, never another organisation's or person's name; "
		+ "others get 403 on the board and 404 on a suggestion.")
class SuggestionApiController {

	private final SuggestionBoard board;

	SuggestionApiController(SuggestionBoard board) {
		this.board = board;
	}

	@PostMapping("/api/suggestions")
	@Operation(summary = "Submits a suggestion", description = "Its author follows it. Look at `/api/suggestions/similar` "
			+ "first: a vote for an existing one counts more than a duplicate.")
	ResponseEntity<SuggestionView> submit(CurrentUser me, @Valid @RequestBody SuggestionBody body) {
		SuggestionId id = board.submit(me, new NewSuggestion(body.title(), body.description(), body.product()));
		return ResponseEntity.created(URI.create("/api/suggestions/" + id)).body(board.view(me, id));
	}

	@GetMapping("/api/suggestions")
	@Operation(summary = "The suggestions", description = "`sort`: votes (default), trending (votes of the last 30 days) "
			+ "or newest; `product` and `status` filter. Merged duplicates are left out.")
	List<SuggestionSummary> list(CurrentUser me, @RequestParam(required = false) String product,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort) {
		return board.list(me, product, status(status), sort(sort));
	}

	@GetMapping("/api/suggestions/similar")
	@Operation(summary = "Suggestions like a text being typed", description = "Up to five, by full-text search (any word, "
			+ "stems and accents folded, each suggestion in its own language), similar title spellings otherwise.")
	List<SuggestionSummary> similar(CurrentUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String product) {
		return board.similar(me, q, product);
	}

	@GetMapping("/api/suggestions/{suggestionId}")
	@Operation(summary = "One suggestion", description = "With `votes`, comments and its status history. A duplicate "
			+ "merged into another answers 308 with `Location` of that one.")
	ResponseEntity<SuggestionView> view(CurrentUser me, @PathVariable String suggestionId) {
		SuggestionId id = id(suggestionId);
		return board.mergedInto(me, id)
			.<ResponseEntity<SuggestionView>>map(target -> ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
				.location(URI.create("/api/suggestions/" + target)).build())
			.orElseGet(() -> ResponseEntity.ok(board.view(me, id)));
	}

	@PutMapping("/api/suggestions/{suggestionId}/vote")
	@Operation(summary = "Votes for it", description = "Once per user: again changes nothing. A TAM votes on behalf of "
			+ "one of their accounts (`organisation`).")
	SuggestionView vote(CurrentUser me, @PathVariable String suggestionId,
			@RequestParam(required = false) String organisation) {
		return board.vote(me, id(suggestionId), organisation(organisation));
	}

	@DeleteMapping("/api/suggestions/{suggestionId}/vote")
	@Operation(summary = "Withdraws the vote")
	SuggestionView unvote(CurrentUser me, @PathVariable String suggestionId,
			@RequestParam(required = false) String organisation) {
		return board.unvote(me, id(suggestionId), organisation(organisation));
	}

	@PutMapping("/api/suggestions/{suggestionId}/follow")
	@Operation(summary = "Follows it", description = "New statuses reach the follower in the app and by mail.")
	SuggestionView follow(CurrentUser me, @PathVariable String suggestionId) {
		return board.follow(me, id(suggestionId));
	}

	@DeleteMapping("/api/suggestions/{suggestionId}/follow")
	@Operation(summary = "Stops following it")
	SuggestionView unfollow(CurrentUser me, @PathVariable String suggestionId) {
		return board.unfollow(me, id(suggestionId));
	}

	@PostMapping("/api/suggestions/{suggestionId}/comments")
	@Operation(summary = "Comments on it")
	SuggestionView comment(CurrentUser me, @PathVariable String suggestionId, @Valid @RequestBody CommentBody body) {
		return board.comment(me, id(suggestionId), body.body());
	}

	@PostMapping("/api/suggestions/{suggestionId}/status")
	@Operation(summary = "Moves it to a status with a public response", description = "Staff. `status`: UNDER_REVIEW, "
			+ "PLANNED, IN_PROGRESS, SHIPPED (with `version`) or DECLINED (with `reason`); `response` is shown to everyone. "
			+ "Followers and voters are told.")
	SuggestionView status(CurrentUser me, @PathVariable String suggestionId, @Valid @RequestBody SuggestionStatusBody body) {
		return board.changeStatus(me, id(suggestionId), new StatusChange(body.status(), body.response(), body.version(),
				body.reason()));
	}

	@PostMapping("/api/suggestions/{suggestionId}/merge")
	@Operation(summary = "Merges this duplicate into another", description = "Staff. Votes, followers and comments move "
			+ "to `into` (a user who voted for both counts once); this one redirects there from now on.")
	SuggestionView merge(CurrentUser me, @PathVariable String suggestionId, @Valid @RequestBody MergeBody body) {
		return board.merge(me, id(suggestionId), new SuggestionId(body.into()));
	}

	@GetMapping("/api/suggestions/{suggestionId}/demand")
	@Operation(summary = "How much it is wanted", description = "Staff: votes, distinct organisations, and organisations "
			+ "by the plan they hold now.")
	Demand demand(CurrentUser me, @PathVariable String suggestionId) {
		return board.demand(me, id(suggestionId));
	}

	static SuggestionId id(String text) {
		return SuggestionId.parse(text).orElseThrow(() -> new NotFound("refusal.notFound.suggestion"));
	}

	static SuggestionStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return SuggestionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInput("status", "refusal.suggestions.status.missing");
		}
	}

	static SuggestionSort sort(String sort) {
		if (sort == null || sort.isBlank()) {
			return SuggestionSort.VOTES;
		}
		try {
			return SuggestionSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInput("sort", "refusal.suggestions.sort");
		}
	}

	static OrganisationId organisation(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new OrganisationId(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput("organisation", "refusal.id.invalid");
		}
	}

	/** A suggestion to submit. */
	record SuggestionBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String description,
			@NotBlank @Size(max = 200) String product) {
	}

	/** A comment. */
	record CommentBody(@NotBlank @Size(max = 10000) String body) {
	}

	/** A new status and its public response. */
	record SuggestionStatusBody(@NotNull SuggestionStatus status, @NotBlank @Size(max = 10000) String response,
			@Size(max = 50) String version, @Size(max = 2000) String reason) {
	}

	/** The suggestion a duplicate is merged into. */
	record MergeBody(@NotNull UUID into) {
	}
}
