package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;

/**
 * Whether chat is available now: entitled, within the hours that apply (business hours 08:00–20:00
 * Europe/Berlin on weekdays; for Proctored also round the clock inside a booked exam window), and an agent
 * online with room. The instants are Wednesday 10 and Saturday 13 March 2027, 10:00 Berlin time (no holiday).
 */
@SupportdeskTest
class ChatAvailabilityTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	ChatAvailability availability;

	@Autowired
	ExamCoverage exams;

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.clockSetByTheTest();

	Instant wednesday;

	Instant saturday;

	@BeforeEach
	void setUp() {
		wednesday = LocalDate.of(2027, 3, 10).atTime(10, 0).atZone(BERLIN).toInstant();
		saturday = LocalDate.of(2027, 3, 13).atTime(10, 0).atZone(BERLIN).toInstant();
		fixtures.clock.set(wednesday);
	}

	@Test
	void premierChatIsAvailableOnAWeekdayMorningWithAnAgentOnlineAndNotOnASaturday() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		CurrentUser customer = fixtures.as(premier.userId());
		assertThat(availability.of(customer).available()).as("nobody online").isFalse();

		fixtures.agent(AgentStatus.ONLINE, Language.EN);
		assertThat(availability.of(customer).available()).as("Wednesday 10:00, an agent online").isTrue();

		fixtures.clock.set(saturday);
		ChatAvailability.Availability weekend = availability.of(customer);
		assertThat(weekend.withinHours()).as("Saturday: outside business hours").isFalse();
		assertThat(weekend.available()).isFalse();
	}

	@Test
	void proctoredChatIsAvailableOnASaturdayInsideABookedExamWindow() {
		AccountFixtures.Tenant proctored = fixtures.tenant(PlanCode.PROCTORED_EXAM_24X7);
		fixtures.agent(AgentStatus.ONLINE, Language.EN);
		exams.book(CurrentUser.system(), proctored.id(), saturday.minus(Duration.ofHours(2)), saturday.plus(Duration.ofHours(4)));
		CurrentUser customer = fixtures.as(proctored.userId());

		fixtures.clock.set(saturday);
		assertThat(availability.of(customer).available()).as("inside the window").isTrue();
		fixtures.clock.set(saturday.plus(Duration.ofHours(5)));
		assertThat(availability.of(customer).withinHours()).as("Saturday afternoon, after the window").isFalse();
	}

	@Test
	void standardIsNeverAvailableForChat() {
		AccountFixtures.Tenant standard = fixtures.tenant(PlanCode.STANDARD);
		fixtures.agent(AgentStatus.ONLINE, Language.EN);

		ChatAvailability.Availability now = availability.of(fixtures.as(standard.userId()));

		assertThat(now.entitled()).isFalse();
		assertThat(now.available()).isFalse();
	}
}
