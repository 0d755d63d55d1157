package io.supportdesk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.SubscriptionId;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.shared.ChangeSignals;

/**
 * What a node keeps of plans, calendars and subscriptions is dropped when PostgreSQL announces a change:
 * a change written straight into the tables — as another node, or an operator with psql, would write
 * it, without this node's facades — reaches this node's next reads through the tables' triggers and
 * {@code LISTEN/NOTIFY}.
 */
@SupportdeskTest
class ChangeSignalsTests {

	@Autowired
	ChangeSignals signals;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SubscriptionManagement subscriptions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void aSubscriptionChangedInTheTableIsReadAnewOnceItsCommitIsAnnounced() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId id = plans.subscribe(tenant.id(), PlanCode.STANDARD, Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(subscriptions.subscriptions(tenant.id())).singleElement()
			.satisfies(s -> assertThat(s.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z")));
		// read twice: the second read is the kept one
		assertThat(subscriptions.subscriptions(tenant.id())).hasSize(1);

		jdbc.sql("update plans_subscription set ends_at = :end where id = :id")
			.param("end", Timestamp.from(Instant.parse("2028-01-01T00:00:00Z"))).param("id", id.value()).update();

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(subscriptions.subscriptions(tenant.id()))
			.singleElement().satisfies(s -> assertThat(s.end()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"))));
	}

	/**
	 * A change written with the triggers off (replication mode) is not announced: the node goes on
	 * answering what it kept, without a statement; an announcement alone then makes it read anew.
	 */
	@Test
	void keptSubscriptionsAreAnsweredWithoutReadingUntilAChangeIsAnnounced() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId id = plans.subscribe(tenant.id(), PlanCode.STANDARD, Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2027-01-01T00:00:00Z"));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(subscriptions.subscriptions(tenant.id()))
			.singleElement().satisfies(s -> assertThat(s.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"))));

		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update plans_subscription set ends_at = :end where id = :id")
				.param("end", Timestamp.from(Instant.parse("2028-01-01T00:00:00Z"))).param("id", id.value()).update();
		});
		assertThat(subscriptions.subscriptions(tenant.id())).as("kept, not read").singleElement()
			.satisfies(s -> assertThat(s.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z")));

		jdbc.sql("select pg_notify('supportdesk_change', 'SUBSCRIPTIONS')").query().listOfRows();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(subscriptions.subscriptions(tenant.id()))
			.singleElement().satisfies(s -> assertThat(s.end()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"))));
	}

	/**
	 * A notification that never comes (a connection dropped on the way without a word) keeps nothing
	 * for long: the listener checks its connection and moves every topic on at its interval anyway
	 * (30 s in the application; 300 ms for this listener of the test's own).
	 */
	@Test
	void everyTopicMovesOnAtTheCheckIntervalWithoutAnyNotification() {
		ListeningChangeSignals own = new ListeningChangeSignals(dataSource, Duration.ofMillis(300));
		own.start();
		try {
			await().atMost(Duration.ofSeconds(5))
				.until(() -> own.generation(ChangeSignals.Topic.PLANS) != ChangeSignals.UNKNOWN);
			long listening = own.generation(ChangeSignals.Topic.PLANS);

			await().atMost(Duration.ofSeconds(5)).until(() -> own.generation(ChangeSignals.Topic.PLANS) > listening);
		}
		finally {
			own.stop();
		}
	}

	@Test
	void everyTopicMovesOnWhenItsTablesCommitAChange() {
		long plansBefore = signals.generation(ChangeSignals.Topic.PLANS);
		long calendarsBefore = signals.generation(ChangeSignals.Topic.CALENDARS);
		assertThat(plansBefore).as("this node listens").isNotEqualTo(ChangeSignals.UNKNOWN);

		// a no-op update is a change as far as the triggers know: announced all the same
		jdbc.sql("update plans_plan set revision = revision where false").update();
		jdbc.sql("update calendars_calendar set revision = revision where false").update();

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(signals.generation(ChangeSignals.Topic.PLANS)).isNotEqualTo(plansBefore);
			assertThat(signals.generation(ChangeSignals.Topic.CALENDARS)).isNotEqualTo(calendarsBefore);
		});
	}

	@Test
	void aTransactionThatChangesATopicKeepsNothingOfItAndItsEndMovesTheTopicOn() {
		long before = signals.generation(ChangeSignals.Topic.SUBSCRIPTIONS);
		long[] inside = new long[1];
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			signals.changing(ChangeSignals.Topic.SUBSCRIPTIONS);
			inside[0] = signals.generation(ChangeSignals.Topic.SUBSCRIPTIONS);
			tx.setRollbackOnly();
		});

		assertThat(inside[0]).as("its own writes are never kept").isEqualTo(ChangeSignals.UNKNOWN);
		assertThat(signals.generation(ChangeSignals.Topic.SUBSCRIPTIONS)).isNotEqualTo(before)
			.isNotEqualTo(ChangeSignals.UNKNOWN);
	}
}
