package io.supportdesk.chat;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * What chat tests set up: entitled tenants, agents with language skills, and a chat queue and agent
 * roster of their own (the test database is shared: other tests' open chats are closed and other agents
 * set offline first, so routing sees only this test's agents and chats).
 */
class ChatFixtures {

	final AccountFixtures accounts;

	final AccountManagement accountManagement;

	final PlanFixtures plans;

	final ChatManagement chats;

	final ChatRouting routing;

	final JdbcClient jdbc;

	/** Built by each test from its context's beans (an imported fixture would give the tests a context of their own). */
	ChatFixtures(org.springframework.context.ApplicationContext context) {
		this.accounts = context.getBean(AccountFixtures.class);
		this.accountManagement = context.getBean(AccountManagement.class);
		this.plans = context.getBean(PlanFixtures.class);
		this.chats = context.getBean(ChatManagement.class);
		this.routing = context.getBean(ChatRouting.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	void onlyThisTestsChatsAndAgents() {
		jdbc.sql("update chat_session set state = 'CLOSED', offered_to = null where state <> 'CLOSED'").update();
		jdbc.sql("update chat_agent set status = 'OFFLINE'").update();
	}

	AccountFixtures.Tenant tenant(PlanCode plan) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), plan);
		return tenant;
	}

	/** An agent speaking these languages, online (or not, if none given to {@code status}). */
	AccountFixtures.Staff agent(AgentStatus status, Language... languages) {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		accountManagement.changeLanguageSkills(CurrentUser.system(), agent.id(), Set.of(languages));
		if (status != null) {
			routing.setStatus(accounts.as(agent.id()), status, null);
		}
		return agent;
	}

	ChatView start(AccountFixtures.Tenant tenant, String language) {
		return chats.start(accounts.as(tenant.userId()), new NewChat("Exam room frozen", language, null, null));
	}

	CurrentUser as(AccountFixtures.Staff staff) {
		return accounts.as(staff.id());
	}

	CurrentUser as(io.supportdesk.accounts.UserId user) {
		return accounts.as(user);
	}

	static List<Integer> seqs(List<ChatMessage> messages) {
		return messages.stream().map(ChatMessage::seq).toList();
	}
}
