package io.supportdesk.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attainment report summed from the aggregate ({@link SlaMonths}) as {@link AttainmentPlan} says:
 * whole UTC months, the target rows at the periods' edges, and — the one thing that changes with time
 * alone — every stored running target whose due instant has passed moved from running to breached
 * ({@link SlaReports#STATE_NOW}). One statement, so one snapshot; the sums and percentiles in Java.
 * It answers what the row-level query answers, for reports without filters.
 */
@Component
class MonthlyAttainment {

	private static final String EDGE_ROWS = """
			select e.g, e.sign, t.plan_code, t.severity, t.case_id, t.target_index, t.state, %s as business, %s as calendar
			from unnest(:edgeSpans, :edgeFrom, :edgeUntil, :edgeSigns) as e(g, from_at, until_at, sign)
			join reporting_sla_target t on t.metric = :metric and t.opened_at >= e.from_at and t.opened_at < e.until_at"""
		.formatted(SlaMonths.minutes("t.business_seconds"), SlaMonths.minutes("t.calendar_seconds"));

	private static final String SQL = "with " + SlaMonths.tallies(EDGE_ROWS, "g, sign, plan_code, severity") + """

			select u.*, dense_rank() over (order by u.plan_code) as plan_rank from (
			  select p.g, 1 as sign, m.plan_code, m.severity, m.opened, m.cases, m.met, m.breached, m.running,
			    m.business_minutes, m.business_targets, m.calendar_minutes, m.calendar_targets
			  from unnest(:monthSpans, :monthStarts) as p(g, month_start)
			  join reporting_sla_month m on m.metric = :metric and m.month_start = p.month_start
			  union all
			  select k.g, k.sign, k.plan_code, k.severity, k.opened, k.cases, k.met, k.breached, k.running,
			    b.minutes, b.targets, c.minutes, c.targets
			  from k left join b using (g, sign, plan_code, severity) left join c using (g, sign, plan_code, severity)
			  union all
			  select s.g, 1, t.plan_code, t.severity, 0, 0, 0, count(*)::integer, -count(*)::integer,
			    null::integer[], null::integer[], null::integer[], null::integer[]
			  from unnest(:spans, :spanFrom, :spanUntil) as s(g, from_at, until_at)
			  join reporting_sla_target t on t.metric = :metric and t.state = 'RUNNING' and t.due_at < :now
			    and t.opened_at >= s.from_at and t.opened_at < s.until_at
			  group by s.g, t.plan_code, t.severity) u""";

	private final JdbcClient jdbc;

	MonthlyAttainment(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The report's rows, ordered by plan, severity and period, as of {@code now}. */
	@Transactional(readOnly = true)
	List<AttainmentRow> attainment(SlaReportQuery query, AttainmentPlan plan, Instant now) {
		SlaReportQuery.Grouping groupBy = query.groupBy();
		List<Map.Entry<Key, Tally>> found = new ArrayList<>(tallies(query, plan, now).entrySet());
		found.sort(Comparator.comparing((Map.Entry<Key, Tally> e) -> e.getValue().planRank)
			.thenComparing(e -> e.getKey().severity(), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(e -> e.getKey().span()));
		List<AttainmentRow> rows = new ArrayList<>();
		for (Map.Entry<Key, Tally> entry : found) {
			Tally t = entry.getValue();
			long opened = groupBy.plan() ? t.opened : t.cases;
			if (opened > 0) {
				AttainmentPlan.Span span = plan.spans().get(entry.getKey().span());
				rows.add(new AttainmentRow(entry.getKey().plan(), entry.getKey().severity(),
						span.period() == null ? null : groupBy.period().label(span.period()), opened, t.met, t.breached,
						t.running, t.met + t.breached == 0 ? null : (double) t.met / (t.met + t.breached),
						percentiles(t.business), percentiles(t.calendar)));
			}
		}
		return rows;
	}

	/** The sums per row of the report (span, and plan and severity where grouped so). */
	private Map<Key, Tally> tallies(SlaReportQuery query, AttainmentPlan plan, Instant now) {
		// the planner cannot know how few rows the arrays and edges hold; compiling for millions costs more than the query
		jdbc.sql("set local jit = off").update();
		SlaReportQuery.Grouping groupBy = query.groupBy();
		Map<Key, Tally> tallies = new HashMap<>();
		jdbc.sql(SQL)
			.param("metric", query.metric().name()).param("now", Timestamp.from(now))
			.param("monthSpans", integers(plan.months(), AttainmentPlan.Month::span))
			.param("monthStarts", instants(plan.months(), AttainmentPlan.Month::start))
			.param("edgeSpans", integers(plan.edges(), AttainmentPlan.Edge::span))
			.param("edgeFrom", instants(plan.edges(), AttainmentPlan.Edge::from))
			.param("edgeUntil", instants(plan.edges(), AttainmentPlan.Edge::until))
			.param("edgeSigns", integers(plan.edges(), AttainmentPlan.Edge::sign))
			.param("spans", integers(plan.spans(), AttainmentPlan.Span::index))
			.param("spanFrom", instants(plan.spans(), AttainmentPlan.Span::from))
			.param("spanUntil", instants(plan.spans(), AttainmentPlan.Span::until))
			.query((ResultSet rs) -> {
				Key key = new Key(rs.getInt("g"), groupBy.plan() ? rs.getString("plan_code") : null,
						groupBy.severity() ? rs.getInt("severity") : null);
				Tally tally = tallies.get(key);
				if (tally == null) {
					tally = new Tally(groupBy.plan() ? rs.getLong("plan_rank") : 0);
					tallies.put(key, tally);
				}
				tally.add(rs, rs.getInt("sign"));
			});
		return tallies;
	}

	/**
	 * Nearest-rank percentiles as PostgreSQL's {@code percentile_disc} takes them: for p, the first minute
	 * at which the ascending count reaches ceil(p · n) (at least the first).
	 */
	static AttainmentRow.Minutes percentiles(TreeMap<Integer, Long> histogram) {
		long n = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (n <= 0) {
			return AttainmentRow.Minutes.NONE;
		}
		return new AttainmentRow.Minutes(percentile(histogram, n, 0.5), percentile(histogram, n, 0.9),
				percentile(histogram, n, 0.95));
	}

	private static Double percentile(TreeMap<Integer, Long> histogram, long n, double p) {
		long rank = Math.max(1, (long) Math.ceil(p * n));
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
			seen += bucket.getValue();
			if (seen >= rank) {
				return bucket.getKey().doubleValue();
			}
		}
		return histogram.lastKey().doubleValue();
	}

	private static <T> SqlArrayValue integers(List<T> items, Function<T, Integer> value) {
		return new SqlArrayValue("integer", items.stream().map(value).toArray());
	}

	private static <T> SqlArrayValue instants(List<T> items, Function<T, Instant> value) {
		return new SqlArrayValue("timestamptz", items.stream().map(value).map(Timestamp::from).toArray());
	}

	/** A row of the report: its span, and its plan and severity where grouped so. */
	private record Key(int span, String plan, Integer severity) {
	}

	/** The sums of a row of the report. */
	private static final class Tally {

		final long planRank;

		long opened;

		long cases;

		long met;

		long breached;

		long running;

		final TreeMap<Integer, Long> business = new TreeMap<>();

		final TreeMap<Integer, Long> calendar = new TreeMap<>();

		Tally(long planRank) {
			this.planRank = planRank;
		}

		void add(ResultSet rs, int sign) throws SQLException {
			opened += sign * rs.getLong("opened");
			cases += sign * rs.getLong("cases");
			met += sign * rs.getLong("met");
			breached += sign * rs.getLong("breached");
			running += sign * rs.getLong("running");
			add(business, rs.getArray("business_minutes"), rs.getArray("business_targets"), sign);
			add(calendar, rs.getArray("calendar_minutes"), rs.getArray("calendar_targets"), sign);
		}

		private static void add(TreeMap<Integer, Long> histogram, Array minutes, Array targets, int sign)
				throws SQLException {
			if (minutes == null) {
				return;
			}
			Integer[] at = (Integer[]) minutes.getArray();
			Integer[] count = (Integer[]) targets.getArray();
			for (int i = 0; i < at.length; i++) {
				histogram.merge(at[i], (long) sign * count[i], Long::sum);
			}
		}
	}
}
