package io.supportdesk.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.events.EventPublication;

/** Which incomplete publications the retry task delivers again. */
class EventPublicationRetryTest {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	@ParameterizedTest(name = "{0}, {1} attempts, last tried {2} ago: retried {3}")
	@CsvSource({
			// a listener that failed is tried again at once, ten times at most
			"FAILED, 1, PT1S, true", "FAILED, 9, PT1S, true", "FAILED, 10, PT1S, false",
			// one still in progress is left alone, unless its instance or the database died (nothing for 2 minutes)
			"PROCESSING, 1, PT1M, false", "PROCESSING, 1, PT3M, true", "PUBLISHED, 0, PT3M, true",
			"RESUBMITTED, 2, PT1M, false", "RESUBMITTED, 10, PT1H, false" })
	void failedAndStalePublicationsAreRetriedTenTimesAtMost(EventPublication.Status status, int attempts, Duration since,
			boolean retried) {
		assertThat(EventPublicationRetry.shouldRetry(publication(status, attempts, NOW.minus(since)), NOW)).isEqualTo(retried);
	}

	private static EventPublication publication(EventPublication.Status status, int attempts, Instant lastTry) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return lastTry.minus(Duration.ofMinutes(1));
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return status;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return attempts == 0 ? null : lastTry;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}
		};
	}
}
