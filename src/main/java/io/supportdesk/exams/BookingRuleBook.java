package io.supportdesk.exams;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.supportdesk.plans.PlanCode;

/** The booking rules a manager set per plan; a plan without its own rules has the settings' defaults. */
@Component
class BookingRuleBook {

	private final JdbcClient jdbc;

	private final ExamsSettings settings;

	BookingRuleBook(JdbcClient jdbc, ExamsSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	ExamBookingRules of(PlanCode plan) {
		return stored(plan).orElseGet(settings::defaultRules);
	}

	ExamBookingRules defaults() {
		return settings.defaultRules();
	}

	Optional<ExamBookingRules> stored(PlanCode plan) {
		return jdbc.sql("select * from exams_booking_rules where plan_code = :plan").param("plan", plan.value())
			.query((rs, n) -> new ExamBookingRules(rs.getInt("lead_business_days"),
					Duration.ofMinutes(rs.getInt("max_window_minutes")), Duration.ofMinutes(rs.getInt("cutoff_minutes"))))
			.optional();
	}

	void save(PlanCode plan, ExamBookingRules rules, Instant at, String by) {
		jdbc.sql("""
				insert into exams_booking_rules (plan_code, lead_business_days, max_window_minutes, cutoff_minutes,
				    updated_at, updated_by)
				values (:plan, :lead, :max, :cutoff, :at, :by)
				on conflict (plan_code) do update set lead_business_days = excluded.lead_business_days,
				    max_window_minutes = excluded.max_window_minutes, cutoff_minutes = excluded.cutoff_minutes,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("plan", plan.value()).param("lead", rules.leadBusinessDays())
			.param("max", (int) rules.maxWindowLength().toMinutes())
			.param("cutoff", (int) rules.cancellationCutoff().toMinutes()).param("at", Timestamp.from(at)).param("by", by)
			.update();
	}
}
