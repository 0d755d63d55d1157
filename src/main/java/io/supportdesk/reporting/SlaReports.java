package io.supportdesk.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.cases.CaseId;
import io.supportdesk.sla.SlaManagement;
import io.supportdesk.sla.SlaState;
import io.supportdesk.sla.SlaTarget;

/**
 * SLA reports for support managers and team leads: attainment by plan × severity × period with
 * response-time percentiles, and the breaches with their explanations (SPEC.md §6: a case counts in the
 * period in which it was opened; attainment = met / (met + breached), running targets apart).
 *
 * <p>Read from {@code reporting_sla_target}, the stored SLA of every target as of its last evaluation.
 * A target stored as running whose due instant has passed since is breached at its due instant — the
 * evaluator's own rule, so the report says what {@link SlaManagement} would say now. A report without
 * filters whose periods span months is summed from the monthly aggregate ({@link MonthlyAttainment},
 * {@link SlaMonths}); any other reads its rows in one SQL statement over an index on (metric, opening
 * instant). Both answer the same: response-time percentiles are nearest rank over the response times
 * to the nearest minute (from 7 days on, to the nearest hour), which the aggregate's histograms hold exactly.
 */
@Service
@Transactional(readOnly = true)
public class SlaReports {

	/** A target's state now: a running target past its due instant is breached (as the evaluator settles it). */
	static final String STATE_NOW = "case when state = 'RUNNING' and due_at < :now then 'BREACHED' else state end";

	/** The most breaches one report lists. */
	public static final int MAX_BREACHES = 10_000;

	private final JdbcClient jdbc;

	private final SlaManagement sla;

	private final TeamManagement teams;

	private final MonthlyAttainment monthly;

	private final Clock clock;

	SlaReports(JdbcClient jdbc, SlaManagement sla, TeamManagement teams, MonthlyAttainment monthly, Clock clock) {
		this.jdbc = jdbc;
		this.sla = sla;
		this.teams = teams;
		this.monthly = monthly;
		this.clock = clock;
	}

	/** Whether the user may read SLA reports: support managers (and admins) and the leads of teams. */
	public boolean mayRead(CurrentUser actor) {
		return actor.has(Role.MANAGER)
				|| actor.isStaff() && teams.teams(actor).stream().anyMatch(team -> actor.id().equals(team.leadId()));
	}

	/** The attainment rows, ordered by plan, severity and period. */
	public List<AttainmentRow> attainment(CurrentUser actor, SlaReportQuery query) {
		requireReader(actor);
		AttainmentPlan plan = AttainmentPlan.of(query);
		// the aggregate knows no organisation, team, channel, language or product
		return query.filters().equals(SlaReportQuery.Filters.NONE) && plan.usesMonths()
				? monthly.attainment(query, plan, clock.instant()) : attainmentOfRows(query);
	}

	/** The attainment rows read from the target rows themselves (any query). */
	List<AttainmentRow> attainmentOfRows(SlaReportQuery query) {
		SlaReportQuery.Grouping groupBy = query.groupBy();
		List<String> dimensions = new ArrayList<>();
		if (groupBy.plan()) {
			dimensions.add("plan_code");
		}
		if (groupBy.severity()) {
			dimensions.add("severity");
		}
		if (groupBy.period() != null) {
			dimensions.add("period_start");
		}
		Map<String, Object> params = new HashMap<>();
		String period = groupBy.period() == null ? "null::date"
				: "(date_trunc('" + groupBy.period().field() + "', opened_at at time zone :zone))::date";
		String grouped = dimensions.isEmpty() ? "" : " group by " + String.join(", ", dimensions) + " order by "
				+ String.join(", ", dimensions);
		String sql = "select " + (groupBy.plan() ? "plan_code" : "null as plan_code") + ", "
				+ (groupBy.severity() ? "severity" : "null::smallint as severity") + ", "
				+ (groupBy.period() == null ? "null::date as period_start" : "period_start") + """
				, count(distinct case_id) as opened,
				  count(*) filter (where state_now = 'MET') as met,
				  count(*) filter (where state_now = 'BREACHED') as breached,
				  count(*) filter (where state_now in ('RUNNING', 'PAUSED')) as running,
				  percentile_disc(array[0.5, 0.9, 0.95]) within group (order by business) as business,
				  percentile_disc(array[0.5, 0.9, 0.95]) within group (order by calendar) as calendar
				from (select case_id, plan_code, severity, """ + SlaMonths.minutes("business_seconds") + " as business, "
				+ SlaMonths.minutes("calendar_seconds") + " as calendar, " + STATE_NOW + " as state_now, " + period + """
				   as period_start
				  from reporting_sla_target where metric = :metric and opened_at >= :start and opened_at < :end"""
				+ filters(query.filters(), params) + ") t" + grouped;
		params.put("now", Timestamp.from(clock.instant()));
		params.put("zone", query.zone().getId());
		params.put("metric", query.metric().name());
		params.put("start", Timestamp.from(query.start()));
		params.put("end", Timestamp.from(query.end()));
		List<AttainmentRow> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs, groupBy.period())).list();
		return rows.size() == 1 && rows.get(0).opened() == 0 ? List.of() : rows;
	}

	/**
	 * Every breached target of the cases the query covers (of its metric, or of every metric when
	 * {@code allMetrics}), oldest case first, at most {@code limit}, each with its case's SLA explanation.
	 */
	public List<Breach> breaches(CurrentUser actor, SlaReportQuery query, boolean allMetrics, int limit) {
		requireReader(actor);
		return explainedBreaches(query, allMetrics, limit);
	}

	/** The breaches of {@link #breaches}, for a reader already let in (compliance statements). */
	List<Breach> explainedBreaches(SlaReportQuery query, boolean allMetrics, int limit) {
		Map<String, Object> params = new HashMap<>();
		String sql = """
				select case_id, reference, organisation_id, plan_code, severity, metric, target_index, opened_at, started_at,
				  due_at, coalesce(breached_at, due_at) as breached_at, met_at
				from reporting_sla_target
				where opened_at >= :start and opened_at < :end""" + " and " + STATE_NOW + " = 'BREACHED'"
				+ (allMetrics ? "" : " and metric = :metric") + filters(query.filters(), params)
				+ " order by opened_at, reference, metric, target_index limit :limit";
		params.put("now", Timestamp.from(clock.instant()));
		params.put("metric", query.metric().name());
		params.put("start", Timestamp.from(query.start()));
		params.put("end", Timestamp.from(query.end()));
		params.put("limit", limit);
		List<Breach> found = jdbc.sql(sql).params(params).query((rs, n) -> new Breach(
				new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("reference"),
				new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("plan_code"),
				rs.getInt("severity"), SlaTarget.Metric.valueOf(rs.getString("metric")), rs.getInt("target_index"),
				instant(rs, "opened_at"), instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "breached_at"),
				instant(rs, "met_at"), List.of())).list();
		// the explanation the case page shows: the case's SLA evaluated now, once per case
		Map<CaseId, List<SlaState.TimelineEntry>> explanations = new HashMap<>();
		return found.stream().map(b -> new Breach(b.caseId(), b.reference(), b.organisationId(), b.plan(), b.severity(),
				b.metric(), b.index(), b.openedAt(), b.startedAt(), b.dueAt(), b.breachedAt(), b.answeredAt(),
				explanations.computeIfAbsent(b.caseId(), id -> sla.sla(CurrentUser.system(), id).timeline()))).toList();
	}

	/** Refuses a user who may not read reports ({@link #mayRead}). */
	public void requireReader(CurrentUser actor) {
		if (!mayRead(actor)) {
			throw new AccessDeniedException("Support managers and team leads only");
		}
	}

	private static String filters(SlaReportQuery.Filters filters, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (filters.organisation() != null) {
			sql.append(" and organisation_id = :organisation");
			params.put("organisation", filters.organisation().value());
		}
		if (filters.team() != null) {
			sql.append(" and team_id = :team");
			params.put("team", filters.team().value());
		}
		if (filters.channel() != null) {
			sql.append(" and channel = :channel");
			params.put("channel", filters.channel().name());
		}
		if (filters.language() != null) {
			sql.append(" and language = :language");
			params.put("language", filters.language());
		}
		if (filters.product() != null) {
			sql.append(" and product = :product");
			params.put("product", filters.product());
		}
		return sql.toString();
	}

	private static AttainmentRow row(ResultSet rs, Period period) throws SQLException {
		long met = rs.getLong("met");
		long breached = rs.getLong("breached");
		LocalDate start = rs.getObject("period_start", LocalDate.class);
		Object severity = rs.getObject("severity");
		return new AttainmentRow(rs.getString("plan_code"), severity == null ? null : ((Number) severity).intValue(),
				start == null || period == null ? null : period.label(start), rs.getLong("opened"),
				met, breached, rs.getLong("running"), met + breached == 0 ? null : (double) met / (met + breached),
				minutes(rs.getArray("business")), minutes(rs.getArray("calendar")));
	}

	private static AttainmentRow.Minutes minutes(Array array) throws SQLException {
		if (array == null) {
			return AttainmentRow.Minutes.NONE;
		}
		Object[] minutes = (Object[]) array.getArray();
		return new AttainmentRow.Minutes(minutes(minutes[0]), minutes(minutes[1]), minutes(minutes[2]));
	}

	private static Double minutes(Object minutes) {
		return minutes == null ? null : ((Number) minutes).doubleValue();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
