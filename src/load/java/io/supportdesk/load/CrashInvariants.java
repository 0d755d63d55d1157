package io.supportdesk.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What must hold in the database after crashes, as SQL over the tables of the cases and SLA modules,
 * db-scheduler's {@code scheduled_tasks} and Spring Modulith's {@code event_publication}. Each check
 * counts its violations and keeps a few examples.
 *
 * @param acknowledged cases the API answered 201 for
 * @param lost acknowledged cases missing, or stored under another reference
 * @param halfWritten test cases (acknowledged or not) without their OPENED history entry or their stored SLA
 * @param runningTargets running SLA targets of the test cases (each calls for three timers)
 * @param timersLost timers a running target calls for that are neither scheduled nor fired
 * @param timersExtra SLA timers of the test cases no stored target calls for, or scheduled twice
 * @param incompleteEvents event publications older than {@code since} not completed
 * @param undelivered acknowledged cases whose {@code CaseOpened} has no completed publication
 */
record CrashInvariants(int acknowledged, int lost, int halfWritten, int runningTargets, int timersLost, int timersExtra,
		int incompleteEvents, int undelivered, List<String> examples) {

	/** The expected timers of the test cases' running targets: three per target, ids as SlaTimer makes them. */
	private static final String EXPECTED_TIMERS = """
			with target as (
			  select s.case_id, t.value as target,
			    row_number() over (partition by s.case_id, t.value->>'metric' order by t.ordinality) - 1 as index
			  from sla_case_state s join cases_case c on c.id = s.case_id
			  cross join lateral jsonb_array_elements(s.targets) with ordinality t
			  where c.subject like ?)
			select target.case_id, target.target->>'metric' as metric, target.index, kind,
			  (target.target->>'dueAt')::timestamptz as due_at,
			  target.case_id || '|' || (target.target->>'metric') || '|' || target.index || '|' || kind || '|'
			    || floor(extract(epoch from (target.target->>'dueAt')::timestamptz))::bigint as instance
			from target cross join (values ('WARN75'), ('WARN90'), ('BREACH')) k(kind)
			where target.target->>'state' = 'RUNNING'""";

	static CrashInvariants check(Connection connection, String subjectPattern, Collection<Acknowledged> acknowledged,
			Instant since) throws SQLException {
		List<String> examples = new ArrayList<>();
		int lost = lost(connection, acknowledged, examples);
		int halfWritten = count(connection, examples, "half-written", """
				select c.reference from cases_case c
				where c.subject like ? and (
				  not exists (select 1 from cases_history h where h.case_id = c.id and h.type = 'OPENED')
				  or not exists (select 1 from sla_case_state s where s.case_id = c.id))""", subjectPattern);
		int running = count(connection, null, null, "select 1 from (" + EXPECTED_TIMERS + ") e where kind = 'BREACH'",
				subjectPattern);
		int timersLost = count(connection, examples, "timer lost", "select e.instance from (" + EXPECTED_TIMERS + """
				) e where not exists (select 1 from scheduled_tasks t where t.task_name = 'sla-timer'
				    and t.task_instance = e.instance)
				  and not exists (select 1 from sla_notice n where n.case_id = e.case_id and n.metric = e.metric
				    and n.target_index = e.index and n.kind = e.kind and n.due_at = e.due_at)""", subjectPattern);
		int timersExtra = count(connection, examples, "timer extra", """
				select t.task_instance from scheduled_tasks t join cases_case c
				  on c.id::text = split_part(t.task_instance, '|', 1)
				where t.task_name = 'sla-timer' and c.subject like ?
				  and t.task_instance not in (select instance from (""" + EXPECTED_TIMERS + ") e)",
				subjectPattern, subjectPattern);
		int incomplete = count(connection, examples, "incomplete event", """
				select event_type || ' for ' || listener_id || ' (' || coalesce(status, '?') || ')' from event_publication
				where completion_date is null and publication_date < ?""", Timestamp.from(since));
		int undelivered = undelivered(connection, acknowledged, examples);
		return new CrashInvariants(acknowledged.size(), lost, halfWritten, running, timersLost, timersExtra, incomplete,
				undelivered, examples);
	}

	private static int lost(Connection connection, Collection<Acknowledged> acknowledged, List<String> examples)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				select a.id, a.reference from unnest(?::uuid[], ?::text[]) as a(id, reference)
				where not exists (select 1 from cases_case c where c.id = a.id and c.reference = a.reference)""")) {
			statement.setArray(1, connection.createArrayOf("uuid", acknowledged.stream().map(Acknowledged::id).toArray()));
			statement.setArray(2, connection.createArrayOf("text", acknowledged.stream().map(Acknowledged::reference).toArray()));
			return collect(statement, examples, "lost");
		}
	}

	/** Each acknowledged case's CaseOpened reached its listeners: every publication of it is completed. */
	private static int undelivered(Connection connection, Collection<Acknowledged> acknowledged, List<String> examples)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				with opened as (
				  select substring(serialized_event from '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}') as case_id,
				    count(*) as publications, count(completion_date) as completed
				  from event_publication where event_type like '%.CaseOpened' group by 1)
				select a.reference from unnest(?::uuid[], ?::text[]) as a(id, reference)
				left join opened o on o.case_id = a.id::text
				where o.case_id is null or o.completed < o.publications""")) {
			Array ids = connection.createArrayOf("uuid", acknowledged.stream().map(Acknowledged::id).toArray());
			statement.setArray(1, ids);
			statement.setArray(2, connection.createArrayOf("text", acknowledged.stream().map(Acknowledged::reference).toArray()));
			return collect(statement, examples, "undelivered CaseOpened");
		}
	}

	private static int count(Connection connection, List<String> examples, String label, String sql, Object... args)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return collect(statement, examples, label);
		}
	}

	private static int collect(PreparedStatement statement, List<String> examples, String label) throws SQLException {
		int n = 0;
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				if (examples != null && n < 5) {
					examples.add(label + ": " + rows.getString(1));
				}
				n++;
			}
		}
		return n;
	}

	boolean holds() {
		return lost == 0 && halfWritten == 0 && timersLost == 0 && timersExtra == 0 && incompleteEvents == 0
				&& undelivered == 0;
	}

	String summary() {
		return "acknowledged cases: %,d; lost: %d; half-written: %d; running SLA targets: %,d (timers expected: %,d); "
			.formatted(acknowledged, lost, halfWritten, runningTargets, runningTargets * 3)
				+ "timers lost: %d, doubled or stale: %d; incomplete events after restart: %d; CaseOpened not delivered: %d"
					.formatted(timersLost, timersExtra, incompleteEvents, undelivered);
	}

	/** A case the API answered 201 for. */
	record Acknowledged(UUID id, String reference) {
	}
}
