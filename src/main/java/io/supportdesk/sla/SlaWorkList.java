package io.supportdesk.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/**
 * The new and open cases in the order support works them (SPEC.md §4.2): severity, then priority
 * queueing (the organisation's plan had it when the case was opened), then the first-response due
 * instant (none last), then age — read from the stored SLA alone, whose partial indexes hold exactly
 * this order per filter, so a page costs the same with 100 or 100,000 cases waiting. Each entry
 * carries its countdown badge, coloured from stored instants. The queue module builds on this; no
 * access rules here (its callers check them).
 */
@Service
@Transactional(readOnly = true)
public class SlaWorkList {

	private static final String SELECT = """
			select case_id, reference, organisation_id, subject, severity, priority_queueing, first_response_due,
			  first_response_state, status, language, assignee_id, opened_at, badge_state, badge_due, badge_amber_at,
			  badge_red_at
			from sla_case_state where status in ('NEW', 'OPEN')""";

	private static final String ORDER = " order by severity, priority_queueing desc, first_response_due, opened_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	SlaWorkList(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A page of the work list, in its order. */
	public List<WorkItem> page(WorkListFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = SELECT + conditions(filter, params) + ORDER + " limit :limit";
		params.put("limit", filter.limit());
		Instant now = clock.instant();
		return jdbc.sql(sql).params(params).query((rs, row) -> item(rs, now)).list();
	}

	/**
	 * The top unassigned case of the filter (in one of {@code languages}, when given), locked for the
	 * caller's transaction; cases other transactions hold are skipped ({@code FOR UPDATE SKIP LOCKED}),
	 * so two agents taking work at once never get the same case. Must run inside the transaction that
	 * assigns it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<WorkItem> lockTopUnassigned(WorkListFilter filter, String[] languages) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = SELECT + " and assignee_id is null" + conditions(filter, params);
		if (languages != null) {
			sql += " and language = any(:languages)";
			params.put("languages", languages);
		}
		Instant now = clock.instant();
		return jdbc.sql(sql + ORDER + " limit 1 for update skip locked").params(params).query((rs, row) -> item(rs, now))
			.optional();
	}

	private static String conditions(WorkListFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (filter.team() != null) {
			sql.append(" and team_id = :team");
			params.put("team", filter.team());
		}
		if (filter.language() != null) {
			sql.append(" and language = :language");
			params.put("language", filter.language());
		}
		if (filter.assignee() != null) {
			sql.append(" and assignee_id = :assignee");
			params.put("assignee", filter.assignee());
		}
		if (filter.organisation() != null) {
			sql.append(" and organisation_id = :organisation");
			params.put("organisation", filter.organisation());
		}
		return sql.toString();
	}

	private static WorkItem item(ResultSet rs, Instant now) throws SQLException {
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		String badgeState = rs.getString("badge_state");
		Badge badge = Badge.of(badgeState == null ? null : TargetState.valueOf(badgeState), instant(rs, "badge_due"),
				instant(rs, "badge_amber_at"), instant(rs, "badge_red_at"), now);
		return new WorkItem(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("reference"),
				new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("subject"),
				rs.getInt("severity"), rs.getBoolean("priority_queueing"), instant(rs, "first_response_due"),
				rs.getString("first_response_state"), rs.getString("status"), rs.getString("language"),
				assignee == null ? null : new UserId(assignee), instant(rs, "opened_at"), badge);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
