package io.supportdesk.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;

/**
 * The volume report for support managers and team leads ({@link VolumeReport}): cases opened per period,
 * split by channel, language, product, organisation or severity; the backlog at each period's end; the
 * reopen rate. Read from {@code reporting_case} and {@code reporting_case_open}, kept with the cases; two
 * SQL statements per report. Periods begin at local midnight in the query's zone (a DST day is as long as
 * it is), the first and the last clipped to the range.
 */
@Service
@Transactional(readOnly = true)
public class VolumeReports {

	private final JdbcClient jdbc;

	private final SlaReports reports;

	VolumeReports(JdbcClient jdbc, SlaReports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/** The report; refuses a user who may not read reports ({@link SlaReports#mayRead}). */
	public VolumeReport volume(CurrentUser actor, VolumeQuery query) {
		reports.requireReader(actor);
		Period period = query.period();
		LocalDate first = truncate(query.from(), period);
		Timestamp start = Timestamp.from(query.start());
		Timestamp end = Timestamp.from(query.end());
		String step = "1 " + period.field();
		boolean organisation = query.organisation() != null;
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("zone", query.zone().getId());
		params.put("start", start);
		params.put("end", end);
		if (organisation) {
			params.put("organisation", query.organisation().value());
		}
		String backlogJoin = organisation ? " join reporting_case k on k.case_id = o.case_id" : "";
		String backlogOf = organisation ? " and k.organisation_id = :organisation" : "";
		String openedOf = organisation ? " and c.organisation_id = :organisation" : "";
		List<VolumeReport.PeriodTotal> totals = jdbc.sql("""
				select p.period_start, count(c.case_id) as opened,
				  count(c.case_id) filter (where c.resolved_count > 0) as resolved,
				  count(c.case_id) filter (where c.reopened_count > 0) as reopened,
				  (select count(*) from reporting_case_open o""" + backlogJoin + " " + """
				   where o.from_at < p.period_end and (o.until_at is null or o.until_at >= p.period_end)""" + backlogOf + " " + """
				  ) as backlog
				from (select g::date as period_start, greatest(g at time zone :zone, :start) as period_begin,
				        least((g + cast(:step as interval)) at time zone :zone, :end) as period_end
				      from generate_series(cast(:first as timestamp), cast(:last as timestamp), cast(:step as interval)) g) p
				left join reporting_case c on c.opened_at >= p.period_begin and c.opened_at < p.period_end""" + openedOf + " " + """
				group by p.period_start, p.period_end order by p.period_start""")
			.params(params).param("step", step).param("first", first.atStartOfDay()).param("last", query.to().atStartOfDay())
			.query((rs, n) -> {
				long resolved = rs.getLong("resolved");
				long reopened = rs.getLong("reopened");
				return new VolumeReport.PeriodTotal(period.label(rs.getObject("period_start", LocalDate.class)),
						rs.getLong("opened"), rs.getLong("backlog"), resolved, reopened,
						resolved == 0 ? null : (double) reopened / resolved);
			}).list();
		List<VolumeReport.Row> rows = query.dimension() == null ? List.of() : jdbc.sql(
				"select (date_trunc('" + period.field() + "', opened_at at time zone :zone))::date as period_start, "
						+ query.dimension().column() + "::text as value, count(*) as opened from reporting_case"
						+ " where opened_at >= :start and opened_at < :end" + (organisation ? " and organisation_id = :organisation" : "")
						+ " group by 1, 2 order by 1, 2 nulls last")
			.params(params)
			.query((rs, n) -> new VolumeReport.Row(period.label(rs.getObject("period_start", LocalDate.class)),
					rs.getString("value"), rs.getLong("opened"))).list();
		return new VolumeReport(query, totals, rows);
	}

	private static LocalDate truncate(LocalDate date, Period period) {
		return switch (period) {
			case DAY -> date;
			case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
			case MONTH -> date.withDayOfMonth(1);
		};
	}
}
