package io.supportdesk.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The benchmark's data volume, written straight into the schema the application migrated: synthetic
 * organisations and {@code total} cases over the last two years, of which {@code open} are waiting in
 * the queue (NEW or OPEN, opened in the last 30 days), each with its history, its stored SLA and — for
 * the open ones — its three pending timers, as the application would have left them.
 */
final class Volume {

	static final int ORGANISATIONS = 1_000;

	private Volume() {
	}

	static void load(Connection connection, int total, int open, UUID team, UUID agent) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement sql = connection.createStatement()) {
			sql.execute("set synchronous_commit = off");
			sql.execute("""
					insert into accounts_organisation (id, name, created_at, version)
					select md5('load-org-' || g)::uuid, 'Load organisation ' || g, now() - interval '3 years', 0
					from generate_series(1, %d) g""".formatted(ORGANISATIONS));
			sql.execute("""
					insert into cases_case (id, reference, organisation_id, requester_id, subject, description, product,
					  language, channel, proposed_severity, severity, status, assignee_id, team_id, opened_at, updated_at,
					  resolved_at, last_public_from, version)
					select md5('load-case-' || g)::uuid, 'LD-' || g, md5('load-org-' || (g %% %1$d + 1))::uuid, null,
					  'Load case ' || g, 'Generated for the service benchmark.', null, (array['en', 'de', 'fr', 'es'])[g %% 4 + 1],
					  'API', g %% 4 + 1, g %% 4 + 1,
					  case when g <= %3$d then (case when g %% 3 = 0 then 'NEW' else 'OPEN' end) else 'CLOSED' end,
					  case when g <= %3$d and g %% 10 = 0 then '%5$s'::uuid end,
					  case when g %% 2 = 0 then '%4$s'::uuid end,
					  opened, opened, case when g > %3$d then opened + interval '2 days' end, 'SUPPORT', 1
					from (select g, now() - case when g <= %3$d then (g %% 43200) * interval '1 minute'
					  else (g %% 1051200) * interval '1 minute' + interval '30 days' end as opened
					  from generate_series(1, %2$d) g) s""".formatted(ORGANISATIONS, total, open, team, agent));
			sql.execute("""
					insert into cases_history (case_id, seq, at, type, actor_id, detail, to_severity)
					select id, 1, opened_at, 'OPENED', null, 'Opened with proposed severity ' || severity, severity
					from cases_case where reference like 'LD-%'""");
			sql.execute("""
					insert into cases_history (case_id, seq, at, type, actor_id, detail)
					select id, 2, resolved_at, 'CLOSED', null, 'Closed' from cases_case
					where reference like 'LD-%' and status = 'CLOSED'""");
			sql.execute("""
					insert into sla_case_state (case_id, organisation_id, severity, priority_queueing, first_response_due,
					  first_response_state, next_deadline, targets, evaluated_at, status, language, team_id, assignee_id,
					  opened_at, reference, subject, badge_state, badge_due, badge_amber_at, badge_red_at)
					select id, organisation_id, severity, abs(hashtext(organisation_id::text)) % 10 = 0, due,
					  state, case when state = 'RUNNING' then due end,
					  jsonb_build_array(jsonb_build_object('metric', 'FIRST_RESPONSE', 'startedAt', opened_at, 'dueAt', due,
					    'metAt', case when state = 'MET' then opened_at + interval '10 minutes' end,
					    'breachedAt', case when state = 'BREACHED' then due end, 'state', state)), now(),
					  status, language, team_id, assignee_id, opened_at, reference, subject,
					  case when state = 'MET' then 'CANCELLED' else state end, due,
					  opened_at + (due - opened_at) * 0.75, opened_at + (due - opened_at) * 0.9
					from (select c.*, c.opened_at + (array[interval '1 hour', interval '4 hours', interval '8 hours',
					    interval '24 hours'])[c.severity] as due,
					  case when c.status = 'CLOSED' then 'MET'
					    when c.opened_at + (array[interval '1 hour', interval '4 hours', interval '8 hours',
					      interval '24 hours'])[c.severity] > now() then 'RUNNING' else 'BREACHED' end as state
					  from cases_case c where c.reference like 'LD-%') s""");
			sql.execute("""
					insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
					select 'sla-timer', c.id || '|FIRST_RESPONSE|0|' || kind || '|' || extract(epoch from c.opened_at)::bigint,
					  null, now() + interval '30 days', false, 1, 0
					from cases_case c cross join (values ('WARN75'), ('WARN90'), ('BREACH')) k(kind)
					where c.reference like 'LD-%' and c.status in ('NEW', 'OPEN')""");
			sql.execute("vacuum analyze");
		}
	}
}
