package io.supportdesk.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The attainment report's aggregate, {@code reporting_sla_month}: per metric, UTC month of the cases'
 * opening, plan and severity, the counts the report shows (cases opened, targets met, breached, running)
 * and two response-time histograms (business and calendar minutes, {@link #MINUTES}).
 *
 * <p>Every row is an addition and the aggregate is the sum of a key's rows: {@link SlaTargetRecords}
 * hands over a case's rows as they were deleted and as they are written again, in the transaction that
 * stores the SLA, and {@link #replace} inserts the difference (nothing where they agree) — so the
 * aggregate never disagrees with {@code reporting_sla_target}, and concurrent evaluations of cases
 * opened in the same month never wait on one row. {@link #compact()} (a recurring task) sums each key's
 * rows into one. The migration {@code V2026_12_07_1000} builds the same sums from the rows in SQL.
 */
@Repository
class SlaMonths {

	/** The recurring task that sums each key's rows. */
	static final String TASK = "reporting-sla-month-compaction";

	/**
	 * A response time in seconds as the report's percentiles count it: to the nearest minute (halves up),
	 * from 7 days on to the nearest hour (in minutes). The rounding keeps the order, so the nearest rank
	 * over these is the nearest rank over the seconds, rounded — and a histogram of them answers it exactly.
	 */
	static final String MINUTES = "case when %1$s < 604770 then (%1$s + 30) / 60 else (%1$s + 1800) / 3600 * 60 end";

	private final JdbcClient jdbc;

	SlaMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Common table expressions that tally the rows {@code rows} selects (with the columns {@code keys},
	 * {@code case_id}, {@code target_index}, {@code state}, and the minutes {@code business} and
	 * {@code calendar}) per {@code keys} as the migration {@code V2026_12_07_1000} does: {@code k} the
	 * counts, {@code b} and {@code c} the business and calendar histograms (ascending minutes, targets).
	 */
	static String tallies(String rows, String keys) {
		return """
				r as (%1$s),
				k as (
				  select %2$s, count(distinct case_id)::integer as opened,
				    (count(distinct case_id) filter (where target_index = 0))::integer as cases,
				    (count(*) filter (where state = 'MET'))::integer as met,
				    (count(*) filter (where state = 'BREACHED'))::integer as breached,
				    (count(*) filter (where state in ('RUNNING', 'PAUSED')))::integer as running
				  from r group by %2$s),
				b as (%3$s),
				c as (%4$s)""".formatted(rows, keys, histogram("business", keys), histogram("calendar", keys));
	}

	/** The minutes of a response time in seconds ({@link #MINUTES}). */
	static String minutes(String seconds) {
		return MINUTES.formatted(seconds);
	}

	private static String histogram(String column, String keys) {
		return """
				select %2$s, array_agg(minute order by minute) as minutes, array_agg(targets order by minute) as targets
				  from (select %2$s, %1$s::integer as minute, count(*)::integer as targets from r
				    where %1$s is not null group by %2$s, %1$s) h
				  group by %2$s""".formatted(column, keys);
	}

	/**
	 * Adds the tally of a case's target rows as written ({@code after}) and subtracts that of the rows they
	 * replace ({@code before}): one row per key where the two differ.
	 */
	void replace(List<Target> before, List<Target> after) {
		Map<Key, Tally> tallies = new LinkedHashMap<>();
		tally(before, -1, tallies);
		tally(after, 1, tallies);
		tallies.forEach((key, tally) -> {
			if (!tally.isZero()) {
				jdbc.sql("""
						insert into reporting_sla_month (metric, month_start, plan_code, severity, opened, cases, met, breached,
						  running, business_minutes, business_targets, calendar_minutes, calendar_targets)
						values (:metric, date_trunc('month', cast(:opened as timestamptz), 'UTC'), :plan, :severity, :openedCases,
						  :cases, :met, :breached, :running, :businessMinutes, :businessTargets, :calendarMinutes,
						  :calendarTargets)""")
					.param("metric", key.metric()).param("opened", Timestamp.from(key.opened())).param("plan", key.plan())
					.param("severity", key.severity()).param("openedCases", tally.opened).param("cases", tally.cases)
					.param("met", tally.met).param("breached", tally.breached).param("running", tally.running)
					.param("businessMinutes", minutes(tally.business)).param("businessTargets", targets(tally.business))
					.param("calendarMinutes", minutes(tally.calendar)).param("calendarTargets", targets(tally.calendar))
					.update();
			}
		});
	}

	/** The minutes a response time in seconds counts as ({@link #MINUTES}). */
	static long minutes(long seconds) {
		return seconds < 604_770 ? (seconds + 30) / 60 : (seconds + 1800) / 3600 * 60;
	}

	private static void tally(List<Target> rows, int sign, Map<Key, Tally> tallies) {
		Set<Key> opened = new HashSet<>();
		for (Target row : rows) {
			Key key = new Key(row.metric(), row.opened(), row.plan(), row.severity());
			Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
			// one case: opened once per key it has a target in, counted once under its first target's plan
			tally.opened += opened.add(key) ? sign : 0;
			tally.cases += row.index() == 0 ? sign : 0;
			tally.met += row.state().equals("MET") ? sign : 0;
			tally.breached += row.state().equals("BREACHED") ? sign : 0;
			tally.running += row.state().equals("RUNNING") || row.state().equals("PAUSED") ? sign : 0;
			if (row.businessSeconds() != null) {
				tally.business.merge((int) minutes(row.businessSeconds()), sign, Integer::sum);
			}
			if (row.calendarSeconds() != null) {
				tally.calendar.merge((int) minutes(row.calendarSeconds()), sign, Integer::sum);
			}
		}
	}

	private static SqlArrayValue minutes(TreeMap<Integer, Integer> histogram) {
		Object[] minutes = histogram.entrySet().stream().filter(e -> e.getValue() != 0).map(Map.Entry::getKey).toArray();
		return minutes.length == 0 ? null : new SqlArrayValue("integer", minutes);
	}

	private static SqlArrayValue targets(TreeMap<Integer, Integer> histogram) {
		Object[] targets = histogram.values().stream().filter(n -> n != 0).toArray();
		return targets.length == 0 ? null : new SqlArrayValue("integer", targets);
	}

	/**
	 * One target row of a case as the aggregate counts it: its metric, index among the metric's targets,
	 * plan code, the case's severity and opening instant, its state and response times in seconds (null
	 * while unanswered).
	 */
	record Target(String metric, int index, String plan, int severity, Instant opened, String state,
			Long businessSeconds, Long calendarSeconds) {
	}

	/** Where a target row counts (the month is its opening's, taken by PostgreSQL from the instant as stored). */
	private record Key(String metric, Instant opened, String plan, int severity) {
	}

	/** A key's difference. */
	private static final class Tally {

		int opened;

		int cases;

		int met;

		int breached;

		int running;

		final TreeMap<Integer, Integer> business = new TreeMap<>();

		final TreeMap<Integer, Integer> calendar = new TreeMap<>();

		boolean isZero() {
			return opened == 0 && cases == 0 && met == 0 && breached == 0 && running == 0
					&& business.values().stream().allMatch(n -> n == 0) && calendar.values().stream().allMatch(n -> n == 0);
		}
	}

	/**
	 * Sums the rows of every key that has more than one into one (a key that sums to nothing goes), in
	 * one statement: a report reads the aggregate before or after it, and an evaluation committed
	 * meanwhile adds a row of its own. Answers the rows written.
	 */
	int compact() {
		return jdbc.sql("""
				with gone as (
				  delete from reporting_sla_month m
				  using (select metric, month_start, plan_code, severity from reporting_sla_month
				    group by metric, month_start, plan_code, severity having count(*) > 1) d
				  where m.metric = d.metric and m.month_start = d.month_start and m.plan_code = d.plan_code
				    and m.severity = d.severity
				  returning m.*),
				k as (
				  select metric, month_start, plan_code, severity, sum(opened)::integer as opened, sum(cases)::integer as cases,
				    sum(met)::integer as met, sum(breached)::integer as breached, sum(running)::integer as running
				  from gone group by metric, month_start, plan_code, severity),
				b as (%s),
				c as (%s)
				insert into reporting_sla_month (metric, month_start, plan_code, severity, opened, cases, met, breached, running,
				  business_minutes, business_targets, calendar_minutes, calendar_targets)
				select k.metric, k.month_start, k.plan_code, k.severity, k.opened, k.cases, k.met, k.breached, k.running,
				  b.minutes, b.targets, c.minutes, c.targets
				from k left join b using (metric, month_start, plan_code, severity)
				  left join c using (metric, month_start, plan_code, severity)
				where k.opened <> 0 or k.cases <> 0 or k.met <> 0 or k.breached <> 0 or k.running <> 0
				  or b.minutes is not null or c.minutes is not null""".formatted(summed("business"), summed("calendar")))
			.update();
	}

	private static String summed(String histogram) {
		return """
				select metric, month_start, plan_code, severity, array_agg(minute order by minute) as minutes,
				    array_agg(targets order by minute) as targets
				  from (select g.metric, g.month_start, g.plan_code, g.severity, u.minute, sum(u.targets)::integer as targets
				    from gone g cross join unnest(g.%1$s_minutes, g.%1$s_targets) as u(minute, targets)
				    group by g.metric, g.month_start, g.plan_code, g.severity, u.minute having sum(u.targets) <> 0) h
				  group by metric, month_start, plan_code, severity""".formatted(histogram);
	}
}
