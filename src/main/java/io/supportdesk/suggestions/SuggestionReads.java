package io.supportdesk.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.suggestions.SuggestionView.Author;

/**
 * The board as read: lists with vote counts (a vote counts once per user and organisation), similar
 * suggestions by full-text search in each suggestion's own language (the knowledge base's configurations,
 * any word of the text; similar spellings of titles when no word matches), a suggestion with its
 * comments and history, demand by plan.
 */
@Repository
class SuggestionReads {

	static final Duration TRENDING = Duration.ofDays(30);

	private static final String COLUMNS = """
			s.id, s.title, s.product, s.status, s.status_detail, s.created_at,
			  (select count(*) from suggestions_vote v where v.suggestion_id = s.id) as votes,
			  (select count(*) from suggestions_vote v where v.suggestion_id = s.id and v.voted_at >= :since) as recent,
			  exists (select 1 from suggestions_vote v where v.suggestion_id = s.id and v.user_id = :me) as mine""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final SubscriptionManagement subscriptions;

	SuggestionReads(JdbcClient jdbc, AccountManagement accounts, SubscriptionManagement subscriptions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.subscriptions = subscriptions;
	}

	List<SuggestionSummary> list(CurrentUser reader, String product, SuggestionStatus status, SuggestionSort sort,
			Instant now) {
		String order = switch (sort) {
			case VOTES -> "votes desc, s.created_at desc";
			case TRENDING -> "recent desc, votes desc, s.created_at desc";
			case NEWEST -> "s.created_at desc";
		};
		return jdbc.sql("select " + COLUMNS + " from suggestions_suggestion s where s.merged_into is null"
				+ " and (cast(:product as text) is null or lower(s.product) = lower(:product))"
				+ " and (cast(:status as text) is null or s.status = :status) order by " + order + ", s.id limit 200")
			.param("since", Timestamp.from(now.minus(TRENDING))).param("me", reader.id().value()).param("product", product)
			.param("status", status == null ? null : status.name()).query((rs, n) -> summary(rs)).list();
	}

	List<SuggestionSummary> similar(CurrentUser reader, String text, String product) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", text);
		parameters.put("since", Timestamp.from(Instant.EPOCH));
		parameters.put("me", reader.id().value());
		parameters.put("product", product);
		String filter = " s.merged_into is null and (cast(:product as text) is null or lower(s.product) = lower(:product))";
		List<SuggestionSummary> found = jdbc.sql("select " + COLUMNS + " from suggestions_suggestion s where" + filter
				+ " and s.search @@ suggestions_query(s.lang, :q)"
				+ " order by ts_rank(s.search, suggestions_query(s.lang, :q)) desc, votes desc, s.id limit 5")
			.params(parameters).query((rs, n) -> summary(rs)).list();
		if (!found.isEmpty()) {
			return found;
		}
		return jdbc.sql("select " + COLUMNS + " from suggestions_suggestion s where" + filter
				+ " and suggestions_fold(:q) <% s.folded order by word_similarity(suggestions_fold(:q), s.folded) desc, s.id limit 5")
			.params(parameters).query((rs, n) -> summary(rs)).list();
	}

	boolean exists(SuggestionId id) {
		return jdbc.sql("select count(*) from suggestions_suggestion where id = :id").param("id", id.value())
			.query(Integer.class).single() > 0;
	}

	Optional<SuggestionId> mergedInto(SuggestionId id) {
		return jdbc.sql("select merged_into from suggestions_suggestion where id = :id and merged_into is not null")
			.param("id", id.value()).query(UUID.class).optional().map(SuggestionId::new);
	}

	SuggestionView view(CurrentUser reader, SuggestionId id) {
		Row row = jdbc.sql("select *, (select count(*) from suggestions_vote v where v.suggestion_id = s.id) as votes,"
				+ " exists (select 1 from suggestions_vote v where v.suggestion_id = s.id and v.user_id = :me) as mine,"
				+ " exists (select 1 from suggestions_follower f where f.suggestion_id = s.id and f.user_id = :me) as following"
				+ " from suggestions_suggestion s where s.id = :id")
			.param("id", id.value()).param("me", reader.id().value())
			.query((rs, n) -> new Row(rs.getString("title"), rs.getString("description"), rs.getString("product"),
					SuggestionStatus.valueOf(rs.getString("status")), rs.getString("status_detail"),
					author(reader, rs.getObject("author_id", UUID.class), false),
					rs.getTimestamp("created_at").toInstant(), rs.getLong("votes"), rs.getBoolean("mine"),
					rs.getBoolean("following")))
			.optional().orElseThrow(() -> new io.supportdesk.shared.NotFound("refusal.notFound.suggestion"));
		List<SuggestionView.Comment> comments = jdbc.sql("select * from suggestions_comment where suggestion_id = :id order by at, id")
			.param("id", id.value()).query((rs, n) -> new SuggestionView.Comment(author(reader, rs.getObject("author_id",
					UUID.class), rs.getBoolean("staff")), rs.getString("body"), rs.getTimestamp("at").toInstant()))
			.list();
		List<SuggestionView.StatusEntry> history = jdbc.sql(
				"select * from suggestions_status_change where suggestion_id = :id order by at, id")
			.param("id", id.value()).query((rs, n) -> new SuggestionView.StatusEntry(SuggestionStatus.valueOf(rs.getString("status")),
					rs.getString("detail"), rs.getString("response"), rs.getTimestamp("at").toInstant()))
			.list();
		return new SuggestionView(id, row.title(), row.description(), row.product(), row.status(), row.detail(),
				row.author(), row.createdAt(), row.votes(), row.mine(), row.following(), comments, history);
	}

	Demand demand(SuggestionId id, Instant now) {
		List<UUID> organisations = jdbc.sql("select organisation_id from suggestions_vote where suggestion_id = :id")
			.param("id", id.value()).query(UUID.class).list();
		Map<String, Long> byPlan = new TreeMap<>();
		organisations.stream().distinct().map(OrganisationId::new).forEach(organisation -> subscriptions
			.subscriptions(organisation).stream().map(s -> s.planAt(now)).flatMap(Optional::stream).map(Object::toString)
			.distinct().forEach(plan -> byPlan.merge(plan, 1L, Long::sum)));
		return new Demand(id, organisations.size(), organisations.stream().distinct().count(), byPlan);
	}

	List<UserId> audience(SuggestionId id) {
		return jdbc.sql("select user_id from suggestions_follower where suggestion_id = :id"
				+ " union select user_id from suggestions_vote where suggestion_id = :id").param("id", id.value())
			.query(UUID.class).list().stream().map(UserId::new).toList();
	}

	/** Who wrote something, as the reader may know them: customers never learn other customers' names. */
	private Author author(CurrentUser reader, UUID authorId, boolean staffHint) {
		if (authorId.equals(reader.id().value())) {
			return new Author(Author.Kind.YOU, reader.name(), null);
		}
		Optional<UserSummary> author = accounts.findUser(new UserId(authorId));
		boolean staff = author.map(user -> user.role().isStaff()).orElse(staffHint);
		if (!reader.isStaff()) {
			return new Author(staff ? Author.Kind.STAFF : Author.Kind.CUSTOMER, null, null);
		}
		String organisation = author.map(UserSummary::organisationId)
			.map(org -> accounts.organisation(CurrentUser.system(), org).name()).orElse(null);
		return new Author(staff ? Author.Kind.STAFF : Author.Kind.CUSTOMER, author.map(UserSummary::name).orElse(null),
				organisation);
	}

	private static SuggestionSummary summary(ResultSet rs) throws SQLException {
		return new SuggestionSummary(new SuggestionId(rs.getObject("id", UUID.class)), rs.getString("title"),
				rs.getString("product"), SuggestionStatus.valueOf(rs.getString("status")), rs.getString("status_detail"),
				rs.getLong("votes"), rs.getLong("recent"), rs.getBoolean("mine"), rs.getTimestamp("created_at").toInstant());
	}

	private record Row(String title, String description, String product, SuggestionStatus status, String detail,
			Author author, Instant createdAt, long votes, boolean mine, boolean following) {
	}
}
