package io.supportdesk.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attainment report's aggregate, {@code reporting_sla_month}: per metric, UTC month of the cases'
 * opening, plan and severity, the counts the report shows (cases opened, targets met, breached, running)
 * and two response-time histograms (business and calendar minutes, {@link #MINUTES}).
 *
 * <p>Every row is an addition and the aggregate is the sum of a key's rows: {@link SlaTargetRecords}
 * subtracts a case's old tally in the statement that deletes its rows and adds the new one after
 * writing them, in the transaction that stores the SLA — so the aggregate never disagrees with
 * {@code reporting_sla_target}, and concurrent evaluations of cases opened in the same month never wait
 * on one row. {@link #compact()} (a recurring task) sums each key's rows into one.
 */
@Repository
class SlaMonths {

	/** The recurring task that sums each key's rows. */
	static final String TASK = "reporting-sla-month-compaction";

	/**
	 * A response time in seconds as the report's percentiles count it: to the nearest minute (halves up),
	 * from 7 days on to the nearest hour (in minutes). Nearest rank over these equals this of the nearest
	 * rank over the seconds, so a histogram of them answers percentiles exactly.
	 */
	static final String MINUTES = "case when %1$s < 604770 then (%1$s + 30) / 60 else (%1$s + 1800) / 3600 * 60 end";

	private static final String KEY = "metric, month_start, plan_code, severity";

	private final JdbcClient jdbc;

	SlaMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The statement that adds {@code sign} (1 or -1) times the tally of the target rows {@code source}
	 * gives (a query or a {@code delete … returning *} of {@code reporting_sla_target}) to the aggregate.
	 * The migration {@code V2026_12_07_1000} builds the aggregate with the same statement over every row.
	 */
	static String tally(String source, int sign) {
		return "with source as (" + source + "),\n" + tallies("""
				select metric, date_trunc('month', opened_at, 'UTC') as month_start, plan_code, severity, case_id,
				  target_index, state, %s as business, %s as calendar
				from source""".formatted(minutes("business_seconds"), minutes("calendar_seconds")), KEY, sign) + """

				insert into reporting_sla_month (metric, month_start, plan_code, severity, opened, cases, met, breached, running,
				  business_minutes, business_targets, calendar_minutes, calendar_targets)
				select k.metric, k.month_start, k.plan_code, k.severity, k.opened, k.cases, k.met, k.breached, k.running,
				  b.minutes, b.targets, c.minutes, c.targets
				from k left join b using (metric, month_start, plan_code, severity)
				  left join c using (metric, month_start, plan_code, severity)""";
	}

	/**
	 * Common table expressions that tally the rows {@code rows} selects (with the columns {@code keys},
	 * {@code case_id}, {@code target_index}, {@code state}, and the minutes {@code business} and
	 * {@code calendar}) per {@code keys}, each count times {@code sign}: {@code k} the counts,
	 * {@code b} and {@code c} the business and calendar histograms (ascending minutes, targets).
	 */
	static String tallies(String rows, String keys, int sign) {
		return """
				r as (%1$s),
				k as (
				  select %2$s, (%3$d * count(distinct case_id))::integer as opened,
				    (%3$d * count(distinct case_id) filter (where target_index = 0))::integer as cases,
				    (%3$d * count(*) filter (where state = 'MET'))::integer as met,
				    (%3$d * count(*) filter (where state = 'BREACHED'))::integer as breached,
				    (%3$d * count(*) filter (where state in ('RUNNING', 'PAUSED')))::integer as running
				  from r group by %2$s),
				b as (%4$s),
				c as (%5$s)""".formatted(rows, keys, sign, histogram("business", keys, sign), histogram("calendar", keys, sign));
	}

	/** The minutes of a response time in seconds ({@link #MINUTES}). */
	static String minutes(String seconds) {
		return MINUTES.formatted(seconds);
	}

	private static String histogram(String column, String keys, int sign) {
		return """
				select %2$s, array_agg(minute order by minute) as minutes, array_agg(targets order by minute) as targets
				  from (select %2$s, %1$s::integer as minute, (%3$d * count(*))::integer as targets from r
				    where %1$s is not null group by %2$s, %1$s) h
				  group by %2$s""".formatted(column, keys, sign);
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
