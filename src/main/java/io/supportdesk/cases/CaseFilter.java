package io.supportdesk.cases;

import java.util.Map;
import java.util.UUID;

/**
 * Which cases to list: every criterion is optional; {@code requester} restricts to the cases one
 * customer requested or that were shared with them; {@code text} searches subject, description and
 * reference.
 */
public record CaseFilter(UUID organisation, UUID requester, CaseStatus status, Integer severity, UUID assignee,
		UUID team, String language, String text, int limit) {

	public CaseFilter {
		limit = limit <= 0 || limit > 500 ? 100 : limit;
	}

	CaseFilter forOrganisation(UUID organisationId) {
		return new CaseFilter(organisationId, requester, status, severity, assignee, team, language, text, limit);
	}

	CaseFilter forRequester(UUID requesterId) {
		return new CaseFilter(organisation, requesterId, status, severity, assignee, team, language, text, limit);
	}

	void appendTo(StringBuilder sql, Map<String, Object> params) {
		condition(sql, params, "c.organisation_id = :organisation", "organisation", organisation);
		condition(sql, params, "(c.requester_id = :requester or exists (select 1 from cases_share s"
				+ " where s.case_id = c.id and s.user_id = :requester))", "requester", requester);
		condition(sql, params, "c.status = :status", "status", status == null ? null : status.name());
		condition(sql, params, "c.severity = :severity", "severity", severity);
		condition(sql, params, "c.assignee_id = :assignee", "assignee", assignee);
		condition(sql, params, "c.team_id = :team", "team", team);
		condition(sql, params, "c.language = :language", "language", language);
		condition(sql, params,
				"(c.reference = upper(:text) or c.subject ilike '%' || :text || '%' or c.description ilike '%' || :text || '%')",
				"text", text == null || text.isBlank() ? null : text.strip());
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(clause);
			params.put(name, value);
		}
	}
}
