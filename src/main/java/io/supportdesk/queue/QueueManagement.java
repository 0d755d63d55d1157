package io.supportdesk.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.shared.Language;

/**
 * The work list. Order (SPEC.md §4.2): severity, then priority queueing (the organisation's plan had
 * it when the case was opened), then the first-response due instant (none last), then age. The list
 * is read from the stored SLA ({@code sla_case_state}), whose partial indexes hold exactly this order
 * per filter, so a page costs the same with 100 or 100,000 cases waiting. "Take next" locks the top
 * unassigned case with {@code FOR UPDATE SKIP LOCKED}, so two agents never get the same one, and
 * prefers, within a severity and priority, cases in the agent's languages.
 */
@Service
@Transactional
public class QueueManagement {

	private static final String SELECT = """
			select s.case_id, c.reference, s.organisation_id, c.subject, s.severity, s.priority_queueing,
			  s.first_response_due, s.first_response_state, s.status, s.language, s.assignee_id, s.opened_at
			from sla_case_state s join cases_case c on c.id = s.case_id
			where s.status in ('NEW', 'OPEN')""";

	private static final String ORDER = " order by s.severity, s.priority_queueing desc, s.first_response_due, s.opened_at";

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	private final AccountManagement accounts;

	QueueManagement(JdbcClient jdbc, CaseManagement cases, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public List<QueueEntry> queue(CurrentUser agent, QueueFilter filter) {
		requireStaff(agent);
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = SELECT + conditions(filter, params) + ORDER + " limit :limit";
		params.put("limit", filter.limit());
		return jdbc.sql(sql).params(params).query(QueueManagement::entry).list();
	}

	/**
	 * Assigns the top unassigned case of the filter to the agent; empty when there is none. The top case
	 * in one of the agent's languages wins over the overall top when both share severity and priority
	 * queueing; each candidate is read by index order and locked (skipping cases other agents hold).
	 */
	public Optional<QueueEntry> takeNext(CurrentUser agent, QueueFilter filter) {
		requireStaff(agent);
		String[] skills = skills(agent);
		Optional<QueueEntry> top = candidate(filter, null);
		Optional<QueueEntry> inLanguage = skills.length == 0 || filter.language() != null ? Optional.empty()
				: candidate(filter, skills);
		Optional<QueueEntry> chosen = inLanguage.isPresent() && top.isPresent()
				&& inLanguage.get().severity() == top.get().severity()
				&& inLanguage.get().priorityQueueing() == top.get().priorityQueueing() ? inLanguage : top;
		chosen.ifPresent(entry -> cases.assign(agent, entry.caseId(), agent.id(), null));
		return chosen;
	}

	private Optional<QueueEntry> candidate(QueueFilter filter, String[] languages) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = SELECT + " and s.assignee_id is null" + conditions(filter, params);
		if (languages != null) {
			sql += " and s.language = any(:languages)";
			params.put("languages", languages);
		}
		return jdbc.sql(sql + ORDER + " limit 1 for update of s skip locked").params(params)
			.query(QueueManagement::entry).optional();
	}

	private String[] skills(CurrentUser agent) {
		return accounts.findUser(agent.id()).map(user -> user.languageSkills().stream().map(Language::code)
			.toArray(String[]::new)).orElse(new String[0]);
	}

	private static String conditions(QueueFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (filter.team() != null) {
			sql.append(" and s.team_id = :team");
			params.put("team", filter.team());
		}
		if (filter.language() != null) {
			sql.append(" and s.language = :language");
			params.put("language", filter.language());
		}
		if (filter.assignee() != null) {
			sql.append(" and s.assignee_id = :assignee");
			params.put("assignee", filter.assignee());
		}
		if (filter.organisation() != null) {
			sql.append(" and s.organisation_id = :organisation");
			params.put("organisation", filter.organisation());
		}
		return sql.toString();
	}

	private static QueueEntry entry(ResultSet rs, int row) throws SQLException {
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		java.sql.Timestamp due = rs.getTimestamp("first_response_due");
		return new QueueEntry(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("reference"),
				new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("subject"),
				rs.getInt("severity"), rs.getBoolean("priority_queueing"), due == null ? null : due.toInstant(),
				rs.getString("first_response_state"), rs.getString("status"), rs.getString("language"),
				assignee == null ? null : new UserId(assignee), rs.getTimestamp("opened_at").toInstant());
	}

	private static void requireStaff(CurrentUser agent) {
		if (!agent.isStaff()) {
			throw new AccessDeniedException("The queue is for support staff");
		}
	}
}
