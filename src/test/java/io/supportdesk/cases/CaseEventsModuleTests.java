package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;

/**
 * The cases module on its own (with the modules it depends on): each change is published exactly
 * once, with the instant it happened — live (the clock's instant) and imported (the original one).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// This partial context has the cases module's timers but not the SLA module: its scheduler must never run
// a timer of the shared test database (an auto-close here would leave that case's stored SLA behind).
@org.springframework.test.context.TestPropertySource(properties = "db-scheduler.polling-interval=1h")
class CaseEventsModuleTests {

	@Autowired
	com.github.kagkarlsson.scheduler.Scheduler scheduler;

	@org.junit.jupiter.api.BeforeEach
	void runNoTimers() {
		scheduler.pause();
	}

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseImport imports;

	@Autowired
	AccountManagement accounts;

	@Test
	void openingAndReplyingLivePublishEachEventOnceWithTheClocksInstant(AssertablePublishedEvents events) {
		CurrentUser staff = CurrentUser.system();
		OrganisationId organisation = accounts.createOrganisation(staff, "Module test " + System.nanoTime());

		CaseView opened = cases.open(staff, new OpenCase(organisation, null, "Exam room frozen", "Nobody can start", null,
				"en", Channel.PHONE, 2));
		CaseView replied = cases.reply(staff, opened.id(), "We are on it", true);

		assertThat(events.ofType(CaseOpened.class).matching(CaseOpened::caseId, opened.id())).singleElement()
			.satisfies(e -> {
				assertThat(e.at()).isEqualTo(opened.openedAt());
				assertThat(e.severity()).isEqualTo(2);
				assertThat(e.channel()).isEqualTo(Channel.PHONE);
			});
		assertThat(events.ofType(SupportReplied.class).matching(SupportReplied::caseId, opened.id())).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(replied.updatedAt()));
	}

	@Test
	void anImportPublishesEachEventOnceWithItsOriginalInstant(AssertablePublishedEvents events) {
		CurrentUser staff = CurrentUser.system();
		OrganisationId organisation = accounts.createOrganisation(staff, "Module import " + System.nanoTime());

		CaseId id = imports.importCase(staff, new CaseImport.ImportedCase(organisation, null, "Imported", "Old desk", null,
				"en", List.of(new ImportedEvent(Instant.parse("2026-03-27T17:00:00Z"), "OPENED", 3, Channel.EMAIL, null, null),
						new ImportedEvent(Instant.parse("2026-03-27T18:00:00Z"), "CLASSIFIED", 1, null, "Outage", null),
						new ImportedEvent(Instant.parse("2026-03-27T18:30:00Z"), "SUPPORT_REPLIED", null, null, null, "Hi"),
						new ImportedEvent(Instant.parse("2026-03-28T09:00:00Z"), "RESOLVED", null, null, null, null))));

		assertThat(events.ofType(CaseOpened.class).matching(CaseOpened::caseId, id)).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-03-27T17:00:00Z")));
		assertThat(events.ofType(CaseClassified.class).matching(CaseClassified::caseId, id)).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-03-27T18:00:00Z")));
		assertThat(events.ofType(SupportReplied.class).matching(SupportReplied::caseId, id)).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-03-27T18:30:00Z")));
		assertThat(events.ofType(CaseResolved.class).matching(CaseResolved::caseId, id)).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-03-28T09:00:00Z")));
	}
}
