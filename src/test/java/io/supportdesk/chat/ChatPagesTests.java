package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;

/**
 * The chat pages without a browser (their forms post as they do without a socket): a customer starts a chat
 * in the portal, the agent accepts it in the console workspace beside the customer's context, and converts it
 * into a case; a Standard customer's chat form is the new-case form.
 */
@SupportdeskTest
class ChatPagesTests {

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.aDayAhead();

	@Test
	void aCustomerStartsAChatInThePortalAndTheAgentAcceptsAndConvertsItInTheConsole() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		WebSession customer = WebSession.signIn(fixtures.port, premier.userEmail());
		WebSession support = WebSession.signIn(fixtures.port, agent.email());

		HttpResponse<String> started = customer.form("/portal/chat", "/portal/chat",
				Map.of("topic", "Proctor app frozen", "text", "Since the update", "language", "en"));
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/portal/chat/");
		String chatId = location.substring(location.lastIndexOf('/') + 1);
		assertThat(customer.get("/portal/chat/" + chatId).body()).contains("Since the update").contains("data-chat-id");

		assertThat(support.get("/console/chat").body()).contains("Proctor app frozen").contains("chat-accept");
		support.form("/console/chat", "/console/chat/" + chatId + "/accept", Map.of());
		String workspace = support.get("/console/chat").body();
		assertThat(workspace).contains("Since the update").contains("Premier").contains("chat-convert");

		support.form("/console/chat", "/console/chat/" + chatId + "/messages", Map.of("body", "Restart the proctor app"));
		HttpResponse<String> converted = support.form("/console/chat", "/console/chat/" + chatId + "/case", Map.of());
		assertThat(converted.headers().firstValue("Location").orElseThrow()).contains("/console/cases/");
		assertThat(customer.get("/portal/chat").body()).contains("Proctor app frozen");
		assertThat(support.get("/console/chats").body()).contains("Proctor app frozen");
		assertThat(support.get("/console/chat/" + chatId).body()).contains("Restart the proctor app");
	}

	@Test
	void aStandardCustomersChatFormIsTheNewCaseForm() {
		AccountFixtures.Tenant standard = fixtures.tenant(PlanCode.STANDARD);
		String page = WebSession.signIn(fixtures.port, standard.userEmail()).get("/portal/chat").body();

		assertThat(page).contains("id=\"chat-unavailable\"").contains("action=\"/portal/cases\"").contains("name=\"subject\"")
			.contains("name=\"description\"");
	}
}
