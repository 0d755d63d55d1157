package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * A case created in a transaction is read back from what the transaction wrote (no queries): it must
 * be exactly what a later transaction reads from the database, after every further change too.
 */
@SupportdeskTest
class CaseReadBackTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TransactionOperations transactions;

	@Test
	void aCaseOpenedAndChangedInOneTransactionReadsBackAsTheDatabaseHasIt() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CurrentUser customer = accounts.as(tenant.userId());
		CurrentUser agent = accounts.as(accounts.staff(Role.AGENT).id());

		CaseView[] inTransaction = new CaseView[3];
		transactions.executeWithoutResult(status -> {
			CaseView opened = cases.open(customer,
					new OpenCase(null, null, "Exports fail", "Every export fails", null, "en", Channel.API, 3));
			inTransaction[0] = cases.caseView(agent, opened.id());
			cases.classify(agent, opened.id(), 2, "Blocks the month-end report");
			cases.reply(agent, opened.id(), "Looking into it", true);
			cases.reply(agent, opened.id(), "Internal: check the export queue", false);
			inTransaction[1] = cases.caseView(agent, opened.id());
			inTransaction[2] = cases.caseView(customer, opened.id());
		});
		CaseView agentAfter = cases.caseView(agent, inTransaction[1].id());
		CaseView customerAfter = cases.caseView(customer, inTransaction[1].id());

		assertThat(inTransaction[0].history()).extracting(CaseView.HistoryEntry::type).containsExactly("OPENED");
		assertThat(inTransaction[1]).isEqualTo(agentAfter);
		assertThat(inTransaction[2]).isEqualTo(customerAfter);
		assertThat(agentAfter.severity()).isEqualTo(2);
		assertThat(agentAfter.messages()).extracting(CaseView.Message::kind)
			.containsExactly(MessageKind.PUBLIC_REPLY, MessageKind.INTERNAL_NOTE);
		assertThat(customerAfter.messages()).extracting(CaseView.Message::kind).containsExactly(MessageKind.PUBLIC_REPLY);
	}
}
