package io.supportdesk.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseView;

/**
 * The SLA's timers, persistent and cluster-safe (db-scheduler): for every running target a warning at
 * 75 % and at 90 % of its business time and the breach at its due instant. Rescheduled whenever the
 * case's SLA is re-evaluated (timers of due instants that no longer hold are removed). A firing timer
 * re-checks the case and publishes {@link SlaWarningReached} or {@link SlaBreached} at most once per
 * target, kind and due instant — guarded by {@code sla_notice}'s key, whatever the number of instances
 * or restarts.
 */
@Configuration(proxyBeanMethods = false)
class SlaTimers {

	static final String TASK = "sla-timer";

	private final JdbcClient jdbc;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ObjectProvider<OneTimeTask<SlaTimer>> task;

	SlaTimers(JdbcClient jdbc, ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<SlaTimer>> task) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.task = task;
	}

	@Bean
	static OneTimeTask<SlaTimer> slaTimerTask(ObjectProvider<SlaNotices> notices) {
		return Tasks.oneTime(TASK, SlaTimer.class).execute((instance, context) -> notices.getObject().fire(instance.getData()));
	}

	/**
	 * Replaces the case's timers by those its state calls for (new ones in one batch); {@code opened}
	 * says the case was opened in this transaction, so it has no timers yet.
	 */
	void reschedule(CaseId id, SlaState state, boolean opened) {
		List<Planned> planned = wanted(id, state);
		Map<String, Instant> wanted = planned.stream()
			.collect(Collectors.toMap(t -> t.timer().instanceId(), Planned::at, (a, b) -> a));
		// every timer of the case, running ones too: one being executed right now must not be scheduled again
		List<String> existing = opened ? List.of() : jdbc.sql("select task_instance from scheduled_tasks where task_name = :task"
				+ " and task_instance like :prefix")
			.param("task", TASK).param("prefix", id + "|%").query(String.class).list();
		List<String> stale = existing.stream().filter(instance -> !wanted.containsKey(instance)).toList();
		if (!stale.isEmpty()) {
			jdbc.sql("delete from scheduled_tasks where task_name = :task and task_instance in (:stale) and picked = false")
				.param("task", TASK).param("stale", stale).update();
		}
		List<SchedulableInstance<?>> missing = new ArrayList<>();
		Set<String> added = new HashSet<>(existing);
		for (Planned timer : planned) {
			if (added.add(timer.timer().instanceId())) {
				missing.add(SchedulableInstance.of(task.getObject().instance(timer.timer().instanceId(), timer.timer()),
						timer.at()));
			}
		}
		if (!missing.isEmpty()) {
			scheduler.getObject().scheduleBatch(missing);
		}
	}

	private static List<Planned> wanted(CaseId id, SlaState state) {
		List<Planned> planned = new ArrayList<>();
		Map<SlaTarget.Metric, Integer> seen = new java.util.EnumMap<>(SlaTarget.Metric.class);
		for (SlaTarget target : state.targets()) {
			int index = seen.merge(target.metric(), 1, Integer::sum) - 1;
			if (target.state() == TargetState.BREACHED && target.metAt() == null) {
				// breached at once (a reclassification whose new due instant lay in the past): announce it now
				planned.add(new Planned(new SlaTimer(id.value(), target.metric().name(), index, "BREACH", target.dueAt()),
						target.breachedAt()));
			}
			if (target.state() != TargetState.RUNNING) {
				continue;
			}
			planned.add(new Planned(new SlaTimer(id.value(), target.metric().name(), index, "WARN75", target.dueAt()), target.at(0.75)));
			planned.add(new Planned(new SlaTimer(id.value(), target.metric().name(), index, "WARN90", target.dueAt()), target.at(0.90)));
			planned.add(new Planned(new SlaTimer(id.value(), target.metric().name(), index, "BREACH", target.dueAt()), target.dueAt()));
		}
		return planned;
	}

	private record Planned(SlaTimer timer, Instant at) {
	}

	/** What a firing timer does, in a transaction of its own. */
	@org.springframework.stereotype.Component
	static class SlaNotices {

		private final SlaManagement sla;

		private final JdbcClient jdbc;

		private final ApplicationEventPublisher events;

		private final TransactionOperations transactions;

		private final Clock clock;

		SlaNotices(SlaManagement sla, JdbcClient jdbc, ApplicationEventPublisher events, TransactionOperations transactions,
				Clock clock) {
			this.sla = sla;
			this.jdbc = jdbc;
			this.events = events;
			this.transactions = transactions;
			this.clock = clock;
		}

		void fire(SlaTimer timer) {
			transactions.executeWithoutResult(status -> {
				CaseView view = sla.caseView(new CaseId(timer.caseId()));
				Instant now = clock.instant();
				SlaState state = sla.evaluate(view, now.isBefore(timer.dueAt()) ? now : timer.dueAt());
				List<SlaTarget> ofMetric = state.targets().stream().filter(t -> t.metric().name().equals(timer.metric()))
					.toList();
				if (timer.index() >= ofMetric.size()) {
					return;
				}
				SlaTarget target = ofMetric.get(timer.index());
				boolean stillDue = target.dueAt().equals(timer.dueAt()) && target.metAt() == null
						&& (target.state() == TargetState.RUNNING || target.state() == TargetState.BREACHED);
				if (stillDue && firstNotice(timer, now)) {
					events.publishEvent(timer.kind().equals("BREACH")
							? new SlaBreached(view.id(), view.organisationId(), target.metric(), timer.dueAt(), now)
							: new SlaWarningReached(view.id(), view.organisationId(), target.metric(),
									timer.kind().equals("WARN75") ? 75 : 90, timer.dueAt(), now));
				}
			});
		}

		private boolean firstNotice(SlaTimer timer, Instant now) {
			return jdbc.sql("""
					insert into sla_notice (case_id, metric, target_index, kind, due_at, fired_at)
					values (:case, :metric, :index, :kind, :due, :now) on conflict do nothing""")
				.param("case", timer.caseId()).param("metric", timer.metric()).param("index", timer.index())
				.param("kind", timer.kind()).param("due", Timestamp.from(timer.dueAt())).param("now", Timestamp.from(now))
				.update() == 1;
		}
	}
}
