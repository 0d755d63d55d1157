package io.supportdesk.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.supportdesk.cases.CaseAssigned;
import io.supportdesk.sla.SlaEvaluated;

/**
 * Keeps {@code reporting_sla_target}: every stored evaluation of a case's SLA replaces the case's rows —
 * and keeps the monthly aggregate ({@link SlaMonths}) with them: the rows as deleted and as written
 * again go to {@link SlaMonths#replace}, which adds the difference.
 *
 * <p>Both listeners are plain, synchronous {@code @EventListener}s on purpose: they run inside the
 * transaction that stores the SLA (or the assignment), so the report's rows commit or roll back with it
 * and never lag behind the stored SLA and its timers.
 */
@Component
class SlaTargetRecords {

	private final JdbcClient jdbc;

	private final SlaMonths months;

	SlaTargetRecords(JdbcClient jdbc, SlaMonths months) {
		this.jdbc = jdbc;
		this.months = months;
	}

	@EventListener
	void on(SlaEvaluated event) {
		List<SlaMonths.Target> before = jdbc.sql("""
				delete from reporting_sla_target where case_id = :case
				returning metric, target_index, plan_code, severity, opened_at, state, business_seconds, calendar_seconds""")
			.param("case", event.caseId().value())
			.query((rs, n) -> new SlaMonths.Target(rs.getString("metric"), rs.getInt("target_index"),
					rs.getString("plan_code"), rs.getInt("severity"), rs.getTimestamp("opened_at").toInstant(),
					rs.getString("state"), rs.getObject("business_seconds", Long.class),
					rs.getObject("calendar_seconds", Long.class)))
			.list();
		List<SlaMonths.Target> after = new ArrayList<>();
		for (SlaEvaluated.Target target : event.targets()) {
			String planCode = target.planCode() == null ? target.plan() : target.planCode();
			after.add(new SlaMonths.Target(target.metric().name(), target.index(), planCode, event.severity(),
					event.openedAt(), target.state().name(), seconds(target.businessTime()), seconds(target.calendarTime())));
			jdbc.sql("""
					insert into reporting_sla_target (case_id, metric, target_index, reference, organisation_id, team_id,
					  channel, language, product, plan_code, plan_name, severity, opened_at, started_at, due_at, met_at,
					  breached_at, state, business_seconds, calendar_seconds, evaluated_at)
					values (:case, :metric, :index, :reference, :organisation, :team, :channel, :language, :product, :planCode,
					  :planName, :severity, :opened, :started, :due, :met, :breached, :state, :business, :calendar, :evaluated)""")
				.param("case", event.caseId().value()).param("metric", target.metric().name())
				.param("index", target.index()).param("reference", event.reference())
				.param("organisation", event.organisationId().value())
				.param("team", event.teamId() == null ? null : event.teamId().value())
				.param("channel", event.channel().name()).param("language", event.language())
				.param("product", event.product())
				.param("planCode", planCode)
				.param("planName", target.plan()).param("severity", event.severity())
				.param("opened", timestamp(event.openedAt())).param("started", timestamp(target.startedAt()))
				.param("due", timestamp(target.dueAt())).param("met", timestamp(target.metAt()))
				.param("breached", timestamp(target.breachedAt())).param("state", target.state().name())
				.param("business", seconds(target.businessTime())).param("calendar", seconds(target.calendarTime()))
				.param("evaluated", timestamp(event.evaluatedAt())).update();
		}
		months.replace(before, after);
	}

	/**
	 * Reports filter by the case's current team; an assignment moves no clock, so only the team changes
	 * (the aggregate, which knows no team, stays as it is).
	 */
	@EventListener
	void on(CaseAssigned event) {
		jdbc.sql("update reporting_sla_target set team_id = :team where case_id = :case")
			.param("team", event.team() == null ? null : event.team().value()).param("case", event.caseId().value())
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Long seconds(Duration duration) {
		return duration == null ? null : duration.toSeconds();
	}
}
