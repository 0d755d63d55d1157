package io.supportdesk.suggestions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * The suggestion board: customers submit suggestions for a product (seeing similar ones while they type,
 * {@link #similar}), vote once each (a toggle), follow and comment; the product team moves a suggestion
 * through its statuses with a public response (followers and voters are told, {@link SuggestionStatusChanged}),
 * merges duplicates (votes, followers and comments move; a user who voted for both counts once; the
 * duplicate redirects) and weighs demand ({@link #demand}). Access: {@link SuggestionAccess}.
 */
@Service
@Transactional
public class SuggestionBoard {

	private final JdbcClient jdbc;

	private final SuggestionAccess access;

	private final SuggestionReads reads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SuggestionBoard(JdbcClient jdbc, SuggestionAccess access, SuggestionReads reads, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.reads = reads;
		this.events = events;
		this.clock = clock;
	}

	/** Submits a suggestion; its author follows it. */
	public SuggestionId submit(CurrentUser author, NewSuggestion suggestion) {
		access.requireBoard(author);
		String title = required("title", suggestion.title(), 200);
		String description = required("description", suggestion.description(), 10_000);
		String product = required("product", suggestion.product(), 200);
		SuggestionId id = new SuggestionId(UUID.randomUUID());
		jdbc.sql("""
				insert into suggestions_suggestion (id, title, description, product, lang, author_id, organisation_id, status,
				  created_at) values (:id, :title, :description, :product, :lang, :author, :organisation, 'UNDER_REVIEW', :at)""")
			.param("id", id.value()).param("title", title).param("description", description).param("product", product)
			.param("lang", author.language().code()).param("author", author.id().value())
			.param("organisation", author.organisationId() == null ? null : author.organisationId().value())
			.param("at", now()).update();
		follow(author, id);
		return id;
	}

	/** The suggestions (duplicates merged away excluded), filtered and sorted. */
	@Transactional(readOnly = true)
	public List<SuggestionSummary> list(CurrentUser reader, String product, SuggestionStatus status, SuggestionSort sort) {
		access.requireBoard(reader);
		return reads.list(reader, blank(product), status, sort == null ? SuggestionSort.VOTES : sort, clock.instant());
	}

	/** The suggestions most like {@code text} (full-text, any word, in each suggestion's language; similar spellings else). */
	@Transactional(readOnly = true)
	public List<SuggestionSummary> similar(CurrentUser reader, String text, String product) {
		access.requireBoard(reader);
		return text == null || text.strip().length() < 3 ? List.of() : reads.similar(reader, text.strip(), blank(product));
	}

	/** The suggestion a merged duplicate now lives on, if {@code id} was merged away. */
	@Transactional(readOnly = true)
	public Optional<SuggestionId> mergedInto(CurrentUser reader, SuggestionId id) {
		access.requireSuggestion(reader);
		Optional<SuggestionId> target = reads.mergedInto(id);
		return target.map(this::live).filter(found -> !found.equals(id));
	}

	/** One suggestion with its votes, comments and status history; 404 for what does not exist for the reader. */
	@Transactional(readOnly = true)
	public SuggestionView view(CurrentUser reader, SuggestionId id) {
		access.requireSuggestion(reader);
		return reads.view(reader, live(id));
	}

	/** Votes for the suggestion (again: no change); a TAM votes on behalf of one of their accounts. */
	public SuggestionView vote(CurrentUser voter, SuggestionId id, OrganisationId onBehalfOf) {
		SuggestionId live = existing(voter, id);
		OrganisationId organisation = access.voteFor(voter, onBehalfOf);
		jdbc.sql("""
				insert into suggestions_vote (suggestion_id, user_id, organisation_id, on_behalf, voted_at)
				values (:id, :user, :organisation, :behalf, :at) on conflict do nothing""")
			.param("id", live.value()).param("user", voter.id().value()).param("organisation", organisation.value())
			.param("behalf", voter.isStaff()).param("at", now()).update();
		return reads.view(voter, live);
	}

	/** Withdraws the vote (none: no change). */
	public SuggestionView unvote(CurrentUser voter, SuggestionId id, OrganisationId onBehalfOf) {
		SuggestionId live = existing(voter, id);
		OrganisationId organisation = access.voteFor(voter, onBehalfOf);
		jdbc.sql("delete from suggestions_vote where suggestion_id = :id and user_id = :user and organisation_id = :organisation")
			.param("id", live.value()).param("user", voter.id().value()).param("organisation", organisation.value()).update();
		return reads.view(voter, live);
	}

	/** Follows the suggestion: its new statuses reach the reader. */
	public SuggestionView follow(CurrentUser reader, SuggestionId id) {
		SuggestionId live = existing(reader, id);
		jdbc.sql("insert into suggestions_follower (suggestion_id, user_id, since) values (:id, :user, :at) on conflict do nothing")
			.param("id", live.value()).param("user", reader.id().value()).param("at", now()).update();
		return reads.view(reader, live);
	}

	public SuggestionView unfollow(CurrentUser reader, SuggestionId id) {
		SuggestionId live = existing(reader, id);
		jdbc.sql("delete from suggestions_follower where suggestion_id = :id and user_id = :user")
			.param("id", live.value()).param("user", reader.id().value()).update();
		return reads.view(reader, live);
	}

	/** Comments on the suggestion. */
	public SuggestionView comment(CurrentUser author, SuggestionId id, String body) {
		SuggestionId live = existing(author, id);
		jdbc.sql("""
				insert into suggestions_comment (id, suggestion_id, author_id, organisation_id, staff, body, at)
				values (:id, :suggestion, :author, :organisation, :staff, :body, :at)""")
			.param("id", UUID.randomUUID()).param("suggestion", live.value()).param("author", author.id().value())
			.param("organisation", author.organisationId() == null ? null : author.organisationId().value())
			.param("staff", author.isStaff()).param("body", required("body", body, 10_000)).param("at", now()).update();
		return reads.view(author, live);
	}

	/** Moves the suggestion to a status with a public response (staff); followers and voters are told. */
	public SuggestionView changeStatus(CurrentUser actor, SuggestionId id, StatusChange change) {
		SuggestionId live = existing(actor, id);
		SuggestionAccess.requireStaff(actor);
		if (change.status() == null) {
			throw new InvalidInput("status", "refusal.suggestions.status.missing");
		}
		String response = required("response", change.response(), 10_000);
		String detail = switch (change.status()) {
			case SHIPPED -> required("version", change.version(), 50);
			case DECLINED -> required("reason", change.reason(), 2_000);
			default -> null;
		};
		Instant at = clock.instant();
		jdbc.sql("update suggestions_suggestion set status = :status, status_detail = :detail where id = :id")
			.param("status", change.status().name()).param("detail", detail).param("id", live.value()).update();
		jdbc.sql("""
				insert into suggestions_status_change (id, suggestion_id, status, detail, response, changed_by, at)
				values (:id, :suggestion, :status, :detail, :response, :by, :at)""")
			.param("id", UUID.randomUUID()).param("suggestion", live.value()).param("status", change.status().name())
			.param("detail", detail).param("response", response).param("by", actor.id().value())
			.param("at", Timestamp.from(at)).update();
		SuggestionView view = reads.view(actor, live);
		events.publishEvent(new SuggestionStatusChanged(live, view.title(), change.status(), detail, response, at));
		return view;
	}

	/**
	 * Merges a duplicate into another suggestion (staff): its votes, followers and comments move over (a user
	 * who voted for both counts once), and the duplicate redirects to the other from now on.
	 */
	public SuggestionView merge(CurrentUser actor, SuggestionId duplicate, SuggestionId into) {
		SuggestionId from = existing(actor, duplicate);
		SuggestionAccess.requireStaff(actor);
		if (into == null) {
			throw new InvalidInput("into", "refusal.suggestions.merge.into");
		}
		SuggestionId target = reads.exists(into) ? live(into) : null;
		if (target == null) {
			throw new InvalidInput("into", "refusal.suggestions.merge.unknown");
		}
		if (target.equals(from)) {
			throw new InvalidInput("into", "refusal.suggestions.merge.self");
		}
		jdbc.sql("""
				insert into suggestions_vote (suggestion_id, user_id, organisation_id, on_behalf, voted_at)
				select :into, user_id, organisation_id, on_behalf, voted_at from suggestions_vote where suggestion_id = :from
				on conflict do nothing""").param("into", target.value()).param("from", from.value()).update();
		jdbc.sql("delete from suggestions_vote where suggestion_id = :from").param("from", from.value()).update();
		jdbc.sql("""
				insert into suggestions_follower (suggestion_id, user_id, since)
				select :into, user_id, since from suggestions_follower where suggestion_id = :from on conflict do nothing""")
			.param("into", target.value()).param("from", from.value()).update();
		jdbc.sql("delete from suggestions_follower where suggestion_id = :from").param("from", from.value()).update();
		jdbc.sql("update suggestions_comment set suggestion_id = :into where suggestion_id = :from")
			.param("into", target.value()).param("from", from.value()).update();
		jdbc.sql("update suggestions_suggestion set merged_into = :into where id = :from or merged_into = :from")
			.param("into", target.value()).param("from", from.value()).update();
		return reads.view(actor, target);
	}

	/** Votes, distinct organisations and organisations by plan now (staff). */
	@Transactional(readOnly = true)
	public Demand demand(CurrentUser actor, SuggestionId id) {
		SuggestionId live = existing(actor, id);
		SuggestionAccess.requireStaff(actor);
		return reads.demand(live, clock.instant());
	}

	/** Who hears of the suggestion's news: its followers and voters (for the notifications). */
	@Transactional(readOnly = true)
	public List<UserId> audience(SuggestionId id) {
		return reads.audience(id);
	}

	/** The suggestion itself, or the one it was merged into; 404 for what does not exist for the actor. */
	private SuggestionId existing(CurrentUser actor, SuggestionId id) {
		access.requireSuggestion(actor);
		if (!reads.exists(id)) {
			throw new NotFound("refusal.notFound.suggestion");
		}
		return live(id);
	}

	private SuggestionId live(SuggestionId id) {
		SuggestionId current = id;
		for (int hops = 0; hops < 10; hops++) {
			Optional<SuggestionId> next = reads.mergedInto(current);
			if (next.isEmpty()) {
				return current;
			}
			current = next.get();
		}
		return current;
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "refusal.suggestions.required");
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInput(field, "refusal.suggestions.tooLong", max);
		}
		return text;
	}
}
