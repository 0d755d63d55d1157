package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;

/** Every transition of the case and every guard, on the aggregate alone. */
class SupportCaseTests {

	static final Instant T0 = Instant.parse("2026-03-27T17:00:00Z");

	static final Duration WINDOW = Duration.ofDays(14);

	final Actor agent = Actor.staffMember(new UserId(UUID.randomUUID()));

	final Actor customer = Actor.customer(new UserId(UUID.randomUUID()));

	SupportCase opened() {
		return SupportCase.open(new OpenCase(new OrganisationId(UUID.randomUUID()), customer.user(), "Exam room frozen",
				"Nobody can start", "Proctor", "en", Channel.PORTAL, 2), new CaseReference("CS-TEST-01"), T0);
	}

	@Test
	void aNewCaseIsNewWithTheProposedSeverityAndAnnouncesItself() {
		SupportCase supportCase = opened();
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.NEW);
		assertThat(supportCase.state().severity).isEqualTo(2);
		assertThat(supportCase.events()).singleElement().isInstanceOf(CaseOpened.class);
		assertThat(((CaseOpened) supportCase.events().get(0)).at()).isEqualTo(T0);
		assertThat(supportCase.newHistory()).extracting(SupportCase.NewHistory::type).containsExactly("OPENED");
	}

	@Test
	void classifyingOpensTheCaseAndKeepsTheReason() {
		SupportCase supportCase = opened();
		supportCase.classify(1, "Whole exam session down", agent, T0.plusSeconds(60));
		assertThat(supportCase.state().severity).isEqualTo(1);
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.OPEN);
		CaseClassified classified = (CaseClassified) supportCase.events().get(1);
		assertThat(classified.from()).isEqualTo(2);
		assertThat(classified.to()).isEqualTo(1);
		assertThat(classified.reason()).isEqualTo("Whole exam session down");
	}

	@Test
	void onlyStaffClassifyAndAlwaysWithAReason() {
		SupportCase supportCase = opened();
		assertThatThrownBy(() -> supportCase.classify(1, "urgent!", customer, T0)).isInstanceOf(CaseRuleViolation.class);
		assertThatThrownBy(() -> supportCase.classify(1, " ", agent, T0)).hasMessageContaining("reason");
		assertThatThrownBy(() -> supportCase.classify(5, "why", agent, T0)).hasMessageContaining("Severity");
	}

	@Test
	void aPublicReplyOpensTheCaseButANoteDoesNot() {
		SupportCase supportCase = opened();
		supportCase.supportReply("Looking into it internally", false, agent, T0.plusSeconds(10));
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.NEW);
		assertThat(supportCase.events().get(1)).isInstanceOf(InternalNoteAdded.class);
		supportCase.supportReply("We are on it", true, agent, T0.plusSeconds(20));
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.OPEN);
		assertThat(supportCase.events().get(2)).isInstanceOf(SupportReplied.class);
	}

	@Test
	void aCaseWaitsOnTheCustomerOnlyAfterAPublicReplyFromSupport() {
		SupportCase supportCase = opened();
		supportCase.classify(2, "Confirmed", agent, T0.plusSeconds(10));
		assertThatThrownBy(() -> supportCase.waitOnCustomer(agent, T0.plusSeconds(20)))
			.hasMessageContaining("only after a public reply");
		supportCase.supportReply("Internal only", false, agent, T0.plusSeconds(30));
		assertThatThrownBy(() -> supportCase.waitOnCustomer(agent, T0.plusSeconds(40)))
			.as("a note is no public reply").isInstanceOf(CaseRuleViolation.class);
		supportCase.supportReply("Please send the logs", true, agent, T0.plusSeconds(50));
		supportCase.waitOnCustomer(agent, T0.plusSeconds(60));
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.PENDING_CUSTOMER);
	}

	@Test
	void aCustomerReplyMovesAWaitingCaseBackToOpen() {
		SupportCase supportCase = opened();
		supportCase.supportReply("Please send the logs", true, agent, T0.plusSeconds(10));
		supportCase.waitOnCustomer(agent, T0.plusSeconds(20));
		supportCase.customerReply("Here they are", customer, T0.plusSeconds(30), WINDOW);
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.OPEN);
		assertThatThrownBy(() -> supportCase.waitOnCustomer(agent, T0.plusSeconds(40)))
			.as("the customer spoke last").isInstanceOf(CaseRuleViolation.class);
	}

	@Test
	void aCustomerReplyWithinTheWindowReopensAResolvedCaseAndLaterItDoesNot() {
		SupportCase supportCase = opened();
		supportCase.resolve(agent, T0.plusSeconds(10));
		supportCase.customerReply("Still broken", customer, T0.plusSeconds(10).plus(WINDOW), WINDOW);
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.OPEN);
		assertThat(supportCase.events()).hasAtLeastOneElementOfType(CaseReopened.class);

		SupportCase late = opened();
		late.resolve(agent, T0.plusSeconds(10));
		assertThatThrownBy(() -> late.customerReply("Again", customer, T0.plusSeconds(11).plus(WINDOW), WINDOW))
			.hasMessageContaining("open a new case");
	}

	@Test
	void theEndOfTheReopenWindowClosesOnlyTheResolutionItBelongsToAtTheWindowsEndOrTheLastChange() {
		SupportCase supportCase = opened();
		Instant firstResolution = T0.plusSeconds(10);
		supportCase.resolve(agent, firstResolution);
		supportCase.reopen(agent, T0.plusSeconds(20), WINDOW);
		Instant secondResolution = T0.plusSeconds(30);
		supportCase.resolve(agent, secondResolution);
		assertThat(supportCase.closeAfterReopenWindow(firstResolution, firstResolution.plus(WINDOW)))
			.as("the first resolution no longer stands").isFalse();

		// support added a note an hour after the second window ended: the close cannot come before it
		Instant note = secondResolution.plus(WINDOW).plus(Duration.ofHours(1));
		supportCase.supportReply("Archived the logs", false, agent, note);
		assertThat(supportCase.closeAfterReopenWindow(secondResolution, secondResolution.plus(WINDOW))).isTrue();
		assertThat(supportCase.closeAfterReopenWindow(secondResolution, secondResolution.plus(WINDOW))).isFalse();

		assertThat(supportCase.state().status).isEqualTo(CaseStatus.CLOSED);
		assertThat(supportCase.newHistory()).filteredOn(h -> h.type().equals("CLOSED")).singleElement()
			.satisfies(h -> {
				assertThat(h.at()).isEqualTo(note);
				assertThat(h.actor()).isNull();
				assertThat(h.facts().cause()).isEqualTo(CaseView.Cause.REOPEN_WINDOW_ENDED);
			});
		assertThat(supportCase.events()).filteredOn(CaseClosed.class::isInstance).hasSize(1);
	}

	@Test
	void onlyAResolvedCaseIsClosedAndAClosedCaseTakesNoMore() {
		SupportCase supportCase = opened();
		assertThatThrownBy(() -> supportCase.close(agent, T0.plusSeconds(5))).hasMessageContaining("resolve it first");
		supportCase.resolve(customer, T0.plusSeconds(10));
		supportCase.close(agent, T0.plusSeconds(20));
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.CLOSED);
		assertThatThrownBy(() -> supportCase.customerReply("Hello?", customer, T0.plusSeconds(30), WINDOW))
			.isInstanceOf(CaseRuleViolation.class);
		assertThatThrownBy(() -> supportCase.supportReply("Hi", true, agent, T0.plusSeconds(30)))
			.isInstanceOf(CaseRuleViolation.class);
		assertThatThrownBy(() -> supportCase.reopen(agent, T0.plusSeconds(30), WINDOW))
			.isInstanceOf(CaseRuleViolation.class);
	}

	@Test
	void aPublicReplyToAResolvedCaseNeedsItReopenedFirst() {
		SupportCase supportCase = opened();
		supportCase.resolve(agent, T0.plusSeconds(10));
		assertThatThrownBy(() -> supportCase.supportReply("One more thing", true, agent, T0.plusSeconds(20)))
			.hasMessageContaining("reopen it first");
		supportCase.supportReply("Internal remark", false, agent, T0.plusSeconds(20));
		supportCase.reopen(agent, T0.plusSeconds(30), WINDOW);
		supportCase.supportReply("One more thing", true, agent, T0.plusSeconds(40));
		assertThat(supportCase.state().status).isEqualTo(CaseStatus.OPEN);
	}

	@Test
	void changesCannotGoBackInTime() {
		SupportCase supportCase = opened();
		supportCase.supportReply("Hi", true, agent, T0.plusSeconds(60));
		assertThatThrownBy(() -> supportCase.resolve(agent, T0.plusSeconds(30))).hasMessageContaining("before");
	}

	@Test
	void theHistoryRecordsEveryChangeInOrder() {
		SupportCase supportCase = opened();
		supportCase.classify(1, "Down", agent, T0.plusSeconds(1));
		supportCase.supportReply("On it", true, agent, T0.plusSeconds(2));
		supportCase.waitOnCustomer(agent, T0.plusSeconds(3));
		supportCase.customerReply("Logs", customer, T0.plusSeconds(4), WINDOW);
		supportCase.resolve(agent, T0.plusSeconds(5));
		supportCase.close(agent, T0.plusSeconds(6));
		assertThat(supportCase.newHistory()).extracting(SupportCase.NewHistory::type).containsExactly("OPENED",
				"CLASSIFIED", "SUPPORT_REPLIED", "WAITING_ON_CUSTOMER", "CUSTOMER_REPLIED", "RESOLVED", "CLOSED");
		assertThat(supportCase.newHistory()).extracting(SupportCase.NewHistory::seq).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}
}
