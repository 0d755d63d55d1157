package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.AttachmentView;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.OpenCase;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;
import tools.jackson.databind.JsonNode;

/**
 * Files in a chat, under the cases module's attachment rules: a file is a numbered message, stored before it is
 * delivered over the socket; it is refused as a case attachment would be (413 above the limit, 400 without a
 * file or a name); it is downloaded by whoever may read the chat, as a download, and another tenant finds none
 * of it; a chat converted into a case, or attached to one, hands its files to the case.
 */
@SupportdeskTest
class ChatAttachmentTests {

	/** A 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private static final Duration WAIT = Duration.ofSeconds(10);

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.aDayAhead();

	AccountFixtures.Tenant premier;

	AccountFixtures.Staff agent;

	Http customer;

	Http support;

	@BeforeEach
	void setUp() {
		premier = fixtures.tenant(PlanCode.PREMIER);
		agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		customer = Http.basic(fixtures.port, premier.userEmail(), AccountFixtures.PASSWORD);
		support = Http.basic(fixtures.port, agent.email(), AccountFixtures.PASSWORD);
	}

	@Test
	void aFileSentInTheChatIsANumberedMessageDeliveredLiveAndDownloadedByWhoeverMayReadTheChat() throws Exception {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		customer.post("/api/chats/" + chat + "/messages", Map.of("body", "The proctor sees this", "clientId", "c-1"));
		try (ChatSocket agentSocket = fixtures.socketOf(agent.email())) {
			BlockingQueue<JsonNode> agentSees = agentSocket.chat(chat);
			Thread.sleep(300); // subscribed

			Http.Response sent = customer.upload("/api/chats/" + chat + "/attachments", "screenshot.txt", PNG);

			assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
			assertThat(sent.json().get("seq").asInt()).as("the chat's next number").isEqualTo(2);
			assertThat(sent.json().get("body").asString()).isEqualTo("screenshot.txt");
			JsonNode attachment = sent.json().get("attachment");
			assertThat(attachment.get("filename").asString()).isEqualTo("screenshot.txt");
			assertThat(attachment.get("contentType").asString()).as("detected, not taken from the name").isEqualTo("image/png");
			assertThat(attachment.get("size").asLong()).isEqualTo(PNG.length);
			String href = attachment.get("href").asString();
			assertThat(href).isEqualTo("/api/chats/" + chat + "/attachments/" + attachment.get("id").asString());
			assertThat(sent.header("Location")).isEqualTo(href);

			JsonNode delivered = ChatSocket.next(agentSees, "MESSAGE", WAIT);
			assertThat(delivered).as("delivered over the socket like any message").isNotNull();
			assertThat(delivered.get("message").get("seq").asInt()).isEqualTo(2);
			assertThat(delivered.get("message").get("attachment").get("href").asString()).isEqualTo(href);
		}
		assertThat(customer.get("/api/chats/" + chat).json().get("transcript").get(1).get("attachment").get("filename")
			.asString()).as("in the transcript").isEqualTo("screenshot.txt");

		HttpResponse<byte[]> download = support.download(customer.get("/api/chats/" + chat).json().get("transcript").get(1)
			.get("attachment").get("href").asString());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PNG);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("screenshot.txt");
	}

	@Test
	void aFileIsRefusedAsACaseAttachmentWouldBeAndNothingIsStored() {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		String files = "/api/chats/" + chat + "/attachments";

		// the default attachment limit is 20 MB; one byte more is refused
		Http.Response tooLarge = customer.upload(files, "big.bin", new byte[20 * 1024 * 1024 + 1]);
		Http.Response empty = customer.upload(files, "empty.txt", new byte[0]);
		Http.Response nameless = customer.upload(files, "/", "hello".getBytes(StandardCharsets.UTF_8));
		Http.Response noFile = customer.post(files, Map.of("file", "x"));

		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
		assertThat(tooLarge.json().get("code").asString()).isEqualTo("refusal.cases.attachment.tooLarge");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("code").asString()).isEqualTo("refusal.cases.attachment.empty");
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(nameless.status()).isEqualTo(400);
		assertThat(nameless.json().get("code").asString()).isEqualTo("refusal.cases.attachment.noName");
		assertThat(noFile.status()).as("JSON instead of a file, as for a case").isEqualTo(400);
		assertThat(noFile.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(customer.get("/api/chats/" + chat).json().get("transcript").size()).as("no message stored").isZero();
		assertThat(fixtures.jdbc.sql("select count(*) from chat_attachment where chat_id = :chat").param("chat", chat.value())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aBodyThatIsNoFileIsRefusedWithTheStatusACaseAttachmentGets() {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		String caseId = customer.post("/api/cases", Map.of("subject", "With a file", "description", "See attached",
				"severity", 3)).json().get("id").asString();
		String boundary = "b-" + System.nanoTime();
		Map<String, Map<String, String>> contentTypes = Map.of("a wildcard type", Map.of("Content-Type", "*/*"),
				"plain text", Map.of("Content-Type", "text/plain"),
				"multipart without a boundary", Map.of("Content-Type", "multipart/form-data"),
				"multipart without the file part", Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--" + boundary
				+ "--\r\n").getBytes(StandardCharsets.UTF_8);

		contentTypes.forEach((what, headers) -> {
			Http.Response toCase = customer.sendRaw("POST", "/api/cases/" + caseId + "/attachments", body, headers);
			Http.Response toChat = customer.sendRaw("POST", "/api/chats/" + chat + "/attachments", body, headers);
			assertThat(toChat.status()).as(what + ": " + toChat).isEqualTo(toCase.status()).isBetween(400, 499);
			assertThat(toChat.header("Content-Type")).as(what).startsWith("application/problem+json");
		});
		assertThat(fixtures.chats.since(fixtures.as(agent), chat, 0)).isEmpty();
	}

	@Test
	void onlyWhoeverMayWriteSendsAFileAndAnotherTenantFindsNoneOfTheChatsFiles() {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		String file = customer.upload("/api/chats/" + chat + "/attachments", "log.txt", "boom".getBytes()).json()
			.get("attachment").get("href").asString();
		AccountFixtures.Tenant other = fixtures.tenant(PlanCode.PREMIER);
		Http stranger = Http.basic(fixtures.port, other.adminEmail(), AccountFixtures.PASSWORD);
		Http notGiven = Http.basic(fixtures.port, fixtures.agent(null, Language.EN).email(), AccountFixtures.PASSWORD);

		assertThat(stranger.download(file).statusCode()).as("another tenant's file").isEqualTo(404);
		assertThat(stranger.upload("/api/chats/" + chat + "/attachments", "x.txt", "x".getBytes()).status()).isEqualTo(404);
		assertThat(notGiven.upload("/api/chats/" + chat + "/attachments", "x.txt", "x".getBytes()).status())
			.as("an agent the chat was not given to").isEqualTo(403);
		assertThat(notGiven.download(file).statusCode()).as("staff read transcripts, files too").isEqualTo(200);
		assertThat(Http.basic(fixtures.port, premier.adminEmail(), AccountFixtures.PASSWORD).download(file).statusCode())
			.as("a colleague of the same organisation").isEqualTo(200);
		ChatId otherChat = fixtures.chats.start(fixtures.as(premier.userId()), new NewChat("Another", "en", null, null)).id();
		assertThat(customer.download(file.replace(chat.toString(), otherChat.toString())).statusCode())
			.as("a file is found only under its own chat").isEqualTo(404);

		customer.post("/api/chats/" + chat + "/close", Map.of());
		assertThat(customer.upload("/api/chats/" + chat + "/attachments", "late.txt", "x".getBytes()).status())
			.as("the chat has ended").isEqualTo(409);
	}

	@Test
	void anHtmlFileIsServedAsAnOpaqueDownloadNeverRenderedAndAResendIsStoredOnce() {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		byte[] html = "<html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
		CurrentUser sender = fixtures.as(premier.userId());

		ChatManagement.Posted first = fixtures.files.send(sender, chat, "page.html", new java.io.ByteArrayInputStream(html), "f-1");
		ChatManagement.Posted again = fixtures.files.send(sender, chat, "page.html", new java.io.ByteArrayInputStream(html), "f-1");

		assertThat(first.created()).isTrue();
		assertThat(again.created()).isFalse();
		assertThat(again.message().seq()).isEqualTo(first.message().seq());
		assertThat(fixtures.chats.since(sender, chat, 0)).hasSize(1);
		HttpResponse<byte[]> download = support.download(first.message().attachment().href());
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
	}

	@Test
	void aConvertedChatsFilesBecomeTheCasesAttachmentsAsSentByTheirAuthorsAndTheCasePageShowsThem() throws Exception {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		fixtures.chats.post(fixtures.as(premier.userId()), chat, "Here is the log", "c-1");
		ChatMessage sent = fixtures.files.send(fixtures.as(premier.userId()), chat, "proctor.log",
				new java.io.ByteArrayInputStream("ERROR camera busy".getBytes(StandardCharsets.UTF_8)), "c-2").message();

		CaseId caseId = fixtures.chats.convertToCase(fixtures.as(agent), chat, null).id();

		CaseAttachments attachments = fixtures.context.getBean(CaseAttachments.class);
		assertThat(attachments.attachments(CurrentUser.system(), caseId)).singleElement().satisfies(file -> {
			assertThat(file.filename()).isEqualTo("proctor.log");
			assertThat(file.uploadedBy()).as("as sent by the customer").isEqualTo(premier.userId());
			assertThat(file.uploadedAt()).as("when it was sent in the chat").isEqualTo(sent.at());
		});
		AttachmentView onCase = attachments.attachments(CurrentUser.system(), caseId).get(0);
		HttpResponse<byte[]> fromCase = customer.download("/api/cases/" + caseId + "/attachments/" + onCase.id());
		assertThat(new String(fromCase.body(), StandardCharsets.UTF_8)).isEqualTo("ERROR camera busy");
		assertThat(fixtures.context.getBean(CaseManagement.class).caseView(CurrentUser.system(), caseId).messages())
			.extracting(io.supportdesk.cases.CaseView.Message::body).contains("\uD83D\uDCCE proctor.log");
		assertThat(WebSession.signIn(fixtures.port, agent.email()).get("/console/cases/" + caseId).body())
			.as("the case page shows it").contains("proctor.log");
		fixtures.chats.convertToCase(fixtures.as(agent), chat, null);
		assertThat(attachments.attachments(CurrentUser.system(), caseId)).as("converting again hands nothing twice").hasSize(1);
	}

	@Test
	void aChatAttachedToAnExistingCaseHandsItsFilesToItOnce() {
		CaseManagement cases = fixtures.context.getBean(CaseManagement.class);
		CaseAttachments attachments = fixtures.context.getBean(CaseAttachments.class);
		CaseId existing = cases.open(fixtures.as(premier.userId()), new OpenCase(premier.id(), premier.userId(), "Exports",
				"Exports stop at 99 %", null, "en", Channel.PORTAL, 3)).id();
		ChatId chat = fixtures.acceptedChat(premier, agent);
		fixtures.files.send(fixtures.as(agent), chat, "fix.txt",
				new java.io.ByteArrayInputStream("Restart the exporter".getBytes(StandardCharsets.UTF_8)), "a-1");

		fixtures.chats.attachToCase(fixtures.as(agent), chat, existing);
		fixtures.chats.attachToCase(fixtures.as(agent), chat, existing);

		assertThat(attachments.attachments(CurrentUser.system(), existing)).singleElement().satisfies(file -> {
			assertThat(file.filename()).isEqualTo("fix.txt");
			assertThat(file.uploadedBy()).isEqualTo(agent.id());
		});
	}

	@Test
	void theAttachControlsOfThePortalPanelAndTheConsoleWorkspacePostAFileAndShowARefusalBesideIt() {
		ChatId chat = fixtures.acceptedChat(premier, agent);
		WebSession portal = WebSession.signIn(fixtures.port, premier.userEmail());
		WebSession console = WebSession.signIn(fixtures.port, agent.email());
		String panel = portal.get("/portal/chat/" + chat).body();
		assertThat(panel).contains("class=\"chat-attach\"").contains("enctype=\"multipart/form-data\"")
			.contains("action=\"/portal/chat/" + chat + "/attachments\"");
		assertThat(console.get("/console/chat").body()).contains("action=\"/console/chat/" + chat + "/attachments\"");

		HttpResponse<String> posted = portal.multipart("/portal/chat/" + chat, "/portal/chat/" + chat + "/attachments",
				Map.of(), "from the portal".getBytes(StandardCharsets.UTF_8));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/portal/chat/" + chat);
		HttpResponse<String> fromConsole = console.multipart("/console/chat", "/console/chat/" + chat + "/attachments",
				Map.of(), "from the console".getBytes(StandardCharsets.UTF_8));
		assertThat(fromConsole.headers().firstValue("Location").orElseThrow()).endsWith("/console/chat");

		ChatMessage file = fixtures.chats.since(fixtures.as(agent), chat, 0).get(0);
		String link = "/portal/chat/" + chat + "/attachments/" + file.attachment().id();
		assertThat(portal.get("/portal/chat/" + chat).body()).as("the panel links the file").contains(link).contains("dump.bin");
		assertThat(portal.get(link).body()).isEqualTo("from the portal");
		assertThat(console.get("/console/chat/" + chat + "/attachments/" + file.attachment().id()).body())
			.isEqualTo("from the portal");

		HttpResponse<String> refused = portal.multipart("/portal/chat/" + chat, "/portal/chat/" + chat + "/attachments",
				Map.of(), new byte[0]);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(portal.get("/portal/chat/" + chat).body()).as("the refusal, beside the control")
			.contains("choose a non-empty file");
		assertThat(fixtures.chats.since(fixtures.as(agent), chat, 0)).hasSize(2);
	}
}
