package io.supportdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.sla.SlaTimerFiring;

/**
 * The whole application on a random port against PostgreSQL, with a {@link MutableClock}. Every
 * full-stack test class uses exactly this annotation, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SupportdeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ SupportdeskTest.TestClock.class, AccountFixtures.class, PlanFixtures.class, EndpointFixtures.class,
		io.supportdesk.downloads.DownloadFixtures.class,
		RecordedEvents.class, io.supportdesk.shared.events.ListenerThreads.class, SlaTimerFiring.class, TestMailServer.class,
		io.supportdesk.mail.TestMailbox.class })
public @interface SupportdeskTest {

	@TestConfiguration(proxyBeanMethods = false)
	class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}
	}
}
