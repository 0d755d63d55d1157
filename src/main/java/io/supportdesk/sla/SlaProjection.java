package io.supportdesk.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.calendars.CalendarEdited;
import io.supportdesk.cases.CaseAssigned;
import io.supportdesk.cases.CaseClassified;
import io.supportdesk.cases.CaseClosed;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseOpened;
import io.supportdesk.cases.CaseReopened;
import io.supportdesk.cases.CaseResolved;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.CaseWaitingOnCustomer;
import io.supportdesk.cases.CustomerReplied;
import io.supportdesk.cases.SupportReplied;
import io.supportdesk.exams.ExamWindowsChanged;
import io.supportdesk.plans.PlanChanged;
import io.supportdesk.plans.SubscriptionRecorded;

/**
 * Keeps {@code sla_case_state} — the cache of each case's evaluated SLA, with the case facts the queue
 * filters and orders on (status, language, team, assignee, opening) — current: every case event
 * re-evaluates its case from scratch, in the transaction of the change (a case is never stored
 * without its SLA); a plan change, a new subscription or changed exam windows re-evaluate the
 * organisation's active cases, a calendar edit every active case in the background.
 *
 * <p>Every listener here is a plain, synchronous {@code @EventListener} on purpose: it runs inside the
 * publisher's transaction, so the stored SLA, the queue's facts and the timers commit or roll back
 * with the change itself — there is nothing to lose in a crash, and nothing to deliver after one. (A
 * calendar edit only schedules its background walk here, as a db-scheduler task in the same
 * transaction.) Each stored evaluation is published as {@link SlaEvaluated} in the same transaction,
 * for read models such as the reports. Re-evaluating an organisation's cases gives each case a savepoint, so that one case
 * that cannot be evaluated is logged and skipped without aborting the change that caused it.
 */
@Component
class SlaProjection {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlaProjection.class);

	private final SlaManagement sla;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final SlaTimers timers;

	private final ObjectProvider<SlaReevaluation> reevaluation;

	private final TransactionTemplate savepoint;

	private final ApplicationEventPublisher events;

	SlaProjection(SlaManagement sla, JdbcClient jdbc, JsonMapper json, Clock clock, SlaTimers timers,
			ObjectProvider<SlaReevaluation> reevaluation, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.reevaluation = reevaluation;
		this.timers = timers;
		this.sla = sla;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** A case just opened has no timers yet: nothing to look up before scheduling its first ones. */
	@EventListener
	void on(CaseOpened event) {
		refresh(event.caseId(), true);
	}

	@EventListener
	void on(CaseClassified event) {
		refresh(event.caseId());
	}

	@EventListener
	void on(SupportReplied event) {
		refresh(event.caseId());
	}

	@EventListener
	void on(CustomerReplied event) {
		refresh(event.caseId());
	}

	@EventListener
	void on(CaseWaitingOnCustomer event) {
		refresh(event.caseId());
	}

	@EventListener
	void on(CaseResolved event) {
		refresh(event.caseId());
	}

	@EventListener
	void on(CaseReopened event) {
		refresh(event.caseId());
	}

	@EventListener
	void on(CaseClosed event) {
		refresh(event.caseId());
	}

	/** An assignment changes no clock, only what the queue filters on. */
	@EventListener
	void on(CaseAssigned event) {
		jdbc.sql("update sla_case_state set status = :status, team_id = :team, assignee_id = :assignee where case_id = :case")
			.param("status", event.status().name())
			.param("team", event.team() == null ? null : event.team().value())
			.param("assignee", event.assignee() == null ? null : event.assignee().value())
			.param("case", event.caseId().value()).update();
	}

	@EventListener
	void on(PlanChanged event) {
		refreshActiveCasesOf(event.organisationId());
	}

	@EventListener
	void on(SubscriptionRecorded event) {
		refreshActiveCasesOf(event.organisationId());
	}

	@EventListener
	void on(ExamWindowsChanged event) {
		refreshActiveCasesOf(event.organisationId());
	}

	/**
	 * A calendar edit may touch every active case: they are re-evaluated in the background, in batches
	 * ({@link SlaReevaluation}), not in the edit's transaction.
	 */
	@EventListener
	void on(CalendarEdited event) {
		reevaluation.getObject().requestAll("calendar " + event.calendarId());
	}

	/** Re-evaluates one case and stores the result. */
	void refresh(CaseId id) {
		refresh(id, false);
	}

	private void refresh(CaseId id, boolean opened) {
		Instant now = clock.instant();
		CaseView view = sla.caseView(id);
		SlaState state = sla.evaluate(view, now);
		SlaTarget firstResponse = state.targets().stream()
			.filter(t -> t.metric() == SlaTarget.Metric.FIRST_RESPONSE).findFirst().orElse(null);
		SlaTarget countdown = Badge.current(state).orElse(null);
		jdbc.sql("""
				insert into sla_case_state (case_id, organisation_id, severity, priority_queueing, first_response_due,
				  first_response_state, next_deadline, targets, evaluated_at, status, language, team_id, assignee_id, opened_at,
				  reference, subject, badge_state, badge_due, badge_amber_at, badge_red_at)
				values (:case, :organisation, :severity, :priority, :due, :state, :next, cast(:targets as jsonb), :now,
				  :status, :language, :team, :assignee, :opened, :reference, :subject, :badgeState, :badgeDue, :amberAt, :redAt)
				on conflict (case_id) do update set severity = excluded.severity,
				  first_response_due = excluded.first_response_due, first_response_state = excluded.first_response_state,
				  next_deadline = excluded.next_deadline, targets = excluded.targets, evaluated_at = excluded.evaluated_at,
				  status = excluded.status, language = excluded.language, team_id = excluded.team_id,
				  assignee_id = excluded.assignee_id, subject = excluded.subject, badge_state = excluded.badge_state,
				  badge_due = excluded.badge_due, badge_amber_at = excluded.badge_amber_at, badge_red_at = excluded.badge_red_at""")
			.param("case", id.value()).param("organisation", view.organisationId().value())
			.param("severity", state.severity()).param("priority", sla.priorityQueueing(view))
			.param("due", firstResponse == null ? null : Timestamp.from(firstResponse.dueAt()))
			.param("state", firstResponse == null ? null : firstResponse.state().name())
			.param("next", state.nextDeadline().map(Timestamp::from).orElse(null))
			.param("targets", targetsJson(state)).param("now", Timestamp.from(now))
			.param("status", view.status().name()).param("language", view.language())
			.param("team", view.teamId() == null ? null : view.teamId().value())
			.param("assignee", view.assigneeId() == null ? null : view.assigneeId().value())
			.param("opened", Timestamp.from(view.openedAt()))
			.param("reference", view.reference().toString()).param("subject", view.subject())
			.param("badgeState", countdown == null ? TargetState.CANCELLED.name() : countdown.state().name())
			.param("badgeDue", countdown == null ? null : Timestamp.from(countdown.dueAt()))
			.param("amberAt", countdown == null ? null : Timestamp.from(countdown.at(0.75)))
			.param("redAt", countdown == null ? null : Timestamp.from(countdown.at(0.90))).update();
		timers.reschedule(id, state, opened);
		events.publishEvent(SlaEvaluated.of(view, state, now));
	}

	/** The stored form of the targets, also what the rebuild check compares. */
	String targetsJson(SlaState state) {
		List<Map<String, Object>> targets = state.targets().stream().map(t -> {
			Map<String, Object> target = new LinkedHashMap<>();
			target.put("metric", t.metric());
			target.put("startedAt", t.startedAt());
			target.put("dueAt", t.dueAt());
			target.put("metAt", t.metAt());
			target.put("breachedAt", t.breachedAt());
			target.put("state", t.state());
			return target;
		}).toList();
		return json.writeValueAsString(targets);
	}

	private void refreshActiveCasesOf(OrganisationId organisation) {
		jdbc.sql("""
				select case_id from sla_case_state
				where organisation_id = :organisation and status in ('NEW', 'OPEN', 'PENDING_CUSTOMER')""")
			.param("organisation", organisation.value()).query(UUID.class).list()
			.forEach(this::refreshQuietly);
	}

	/**
	 * In bulk re-evaluations one case that cannot be evaluated must not stop the change that caused
	 * them: each case gets a savepoint, rolled back if it fails (a failed statement would otherwise abort
	 * the whole PostgreSQL transaction, and the change with it). Answers whether the case was refreshed.
	 */
	boolean refreshQuietly(UUID id) {
		try {
			savepoint.executeWithoutResult(status -> refresh(new CaseId(id)));
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Could not re-evaluate the SLA of case {}", id, ex);
			return false;
		}
	}
}
