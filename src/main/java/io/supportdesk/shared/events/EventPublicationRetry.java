package io.supportdesk.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Keeps post-commit event delivery going after failures. Listeners annotated
 * {@code @ApplicationModuleListener} are recorded in the event publication registry
 * ({@code event_publication}) in the publisher's transaction, run after its commit in a transaction of
 * their own, and are marked completed when they succeed. Three ways an incomplete publication is
 * delivered again:
 * <ul>
 *   <li>on start, every incomplete publication is resubmitted
 *       ({@code spring.modulith.events.republish-outstanding-events-on-restart});</li>
 *   <li>every minute, on one instance (a db-scheduler recurring task), publications whose listener
 *       failed are resubmitted, at most {@value #MAX_ATTEMPTS} times each;</li>
 *   <li>publications left in progress for {@link #STALE} are resubmitted by the same task: their
 *       instance died and did not come back, or the database went away while their listener ran, so
 *       that neither its success nor its failure could be recorded (the crash test, docs/reliability.md,
 *       kills PostgreSQL under load and finds such publications; with ten minutes here they waited ten
 *       minutes for delivery).</li>
 * </ul>
 * Completed publications are kept for {@link #KEEP_COMPLETED} (to see what was delivered), then
 * deleted. Redelivery means at-least-once: every such listener is idempotent.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetry {

	static final String TASK = "event-publication-retry";

	static final int MAX_ATTEMPTS = 10;

	static final Duration STALE = Duration.ofMinutes(2);

	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	@Bean
	static RecurringTask<Void> eventPublicationRetryTask(ObjectProvider<IncompleteEventPublications> incomplete,
			ObjectProvider<CompletedEventPublications> completed, Clock clock) {
		return Tasks.recurring(TASK, FixedDelay.ofMinutes(1)).execute((instance, context) -> {
			Instant now = clock.instant();
			incomplete.getObject().resubmitIncompletePublications(publication -> shouldRetry(publication, now));
			completed.getObject().deletePublicationsOlderThan(KEEP_COMPLETED);
		});
	}

	/**
	 * A failed publication, or one left in progress for {@link #STALE} (its instance died), is tried
	 * again, {@value #MAX_ATTEMPTS} times at most.
	 */
	static boolean shouldRetry(EventPublication publication, Instant now) {
		if (publication.getCompletionAttempts() >= MAX_ATTEMPTS) {
			return false;
		}
		if (publication.getStatus() == EventPublication.Status.FAILED) {
			return true;
		}
		Instant lastTry = publication.getLastResubmissionDate() == null ? publication.getPublicationDate()
				: publication.getLastResubmissionDate();
		return lastTry.plus(STALE).isBefore(now);
	}
}
