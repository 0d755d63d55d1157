package io.supportdesk.chat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;

/**
 * The {@code demo} profile's chat, through {@link ChatManagement} and {@link ChatRouting}: three past
 * transcripts — Acme (Premier) with Anna Berger three days ago, in English; Acme's admin with Anna in German
 * two hours ago; Northwind Exams (Proctored) with Sofía García yesterday, the customer sending the exam browser's
 * device check as a file, converted into a case (opened at the chat's start, Sofía's first message its first
 * response, the file among its attachments) — and the agents' chat status: Anna and Luc online
 * (3 chats at once), Sofía away, Tomás Keller offline, so that a demo customer's chat is offered at once.
 * Loaded once, after the cases.
 */
@Component
@Profile("demo")
@Order(60)
class DemoChats implements ApplicationRunner {

	private final ChatManagement chats;

	private final ChatRouting routing;

	private final ChatAttachments files;

	private final Chats stored;

	private final AccountManagement accounts;

	private final Clock clock;

	DemoChats(ChatManagement chats, ChatRouting routing, ChatAttachments files, Chats stored, AccountManagement accounts,
			Clock clock) {
		this.chats = chats;
		this.files = files;
		this.routing = routing;
		this.stored = stored;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** One line of a demo transcript: who (true: the agent), minutes after the start, what (a file: its name). */
	private record Line(boolean agent, int minute, String body, String fileContent) {

		Line(boolean agent, int minute, String body) {
			this(agent, minute, body, null);
		}
	}

	/** What Northwind's customer sends: the exam browser's device check, which finds no camera. */
	private static final String DEVICE_CHECK = """
			Exam browser 4.2 device check, candidate workstation EX-14
			Operating system: Windows 11 23H2
			USB devices: 046d:085e Logitech BRIO (USB Video Class), 046d:c52b Logitech receiver
			Cameras found by the exam browser: none
			Camera permission: granted
			""";

	@Override
	public void run(ApplicationArguments args) {
		Optional<CurrentUser> acmeUser = user("user@acme.example");
		Optional<CurrentUser> acmeAdmin = user("admin@acme.example");
		Optional<CurrentUser> northwind = user("user@northwind.example");
		Optional<CurrentUser> anna = user("anna.berger@supportdesk.local");
		Optional<CurrentUser> sofia = user("sofia.garcia@supportdesk.local");
		if (acmeUser.isEmpty() || acmeAdmin.isEmpty() || northwind.isEmpty() || anna.isEmpty() || sofia.isEmpty()
				|| !stored.ofOrganisation(acmeUser.get().organisationId().value()).isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		transcript(acmeUser.get(), anna.get(), "Proctoring dashboard slow to load", "en", now.minus(Duration.ofDays(3)), List.of(
				new Line(false, 0, "Hi, the proctoring dashboard takes about a minute to load this morning."),
				new Line(true, 1, "Hello, this is Anna. Which browser are your proctors using?"),
				new Line(false, 2, "Chrome, the latest version, on all machines."),
				new Line(true, 5, "We rolled out a fix for the dashboard cache five minutes ago. Could you reload?"),
				new Line(false, 6, "It loads in two seconds now. Thank you!")));
		transcript(acmeAdmin.get(), anna.get(), "Neue Prüfer anlegen", "de", now.minus(Duration.ofHours(2)), List.of(
				new Line(false, 0, "Wie lege ich zwanzig neue Prüfer auf einmal an?"),
				new Line(true, 2, "Unter Benutzer → Import können Sie eine CSV-Datei hochladen, eine Zeile pro Prüfer."),
				new Line(false, 4, "Perfekt, das hat funktioniert.")));
		ChatId converted = transcript(northwind.get(), sofia.get(), "Candidate webcam not detected", "en",
				now.minus(Duration.ofDays(1)), List.of(
						new Line(false, 0, "A candidate's webcam is not detected in the exam browser."),
						new Line(true, 3, "Hello, Sofía here. Does the camera work in other applications?"),
						new Line(false, 4, "Yes, it does. It is an external USB camera."),
						new Line(false, 5, "device-check.txt", DEVICE_CHECK),
						new Line(true, 8, "Thank you. I am opening a case so that engineering can look at the USB driver.")));
		chats.convertToCase(sofia.get(), converted, 3);
		status("anna.berger@supportdesk.local", AgentStatus.ONLINE);
		status("luc.martin@supportdesk.local", AgentStatus.ONLINE);
		status("sofia.garcia@supportdesk.local", AgentStatus.AWAY);
		status("tomas.keller@supportdesk.local", AgentStatus.OFFLINE);
	}

	private ChatId transcript(CurrentUser customer, CurrentUser agent, String topic, String language, Instant start,
			List<Line> lines) {
		ChatView chat = chats.start(customer, new NewChat(topic, language, null, null), start);
		stored.accept(chat.id().value(), agent.id().value(), start.plus(Duration.ofSeconds(30)));
		int n = 0;
		for (Line line : lines) {
			CurrentUser author = line.agent() ? agent : customer;
			Instant at = start.plus(Duration.ofMinutes(line.minute())).plusSeconds(++n);
			if (line.fileContent() != null) {
				files.send(author, chat.id(), line.body(), new ByteArrayInputStream(line.fileContent()
					.getBytes(StandardCharsets.UTF_8)), "demo-" + n, at);
			}
			else {
				chats.post(author, chat.id(), line.body(), "demo-" + n, at);
			}
		}
		stored.close(chat.id().value(), start.plus(Duration.ofMinutes(lines.get(lines.size() - 1).minute() + 1)));
		return chat.id();
	}

	private void status(String email, AgentStatus status) {
		user(email).ifPresent(agent -> routing.setStatus(agent, status, null));
	}

	private Optional<CurrentUser> user(String email) {
		return accounts.findUserByEmail(email).filter(UserSummary::enabled).map(user -> new CurrentUser(user.id(),
				user.organisationId(), user.email(), user.name(), user.role(), user.language(), user.timeZone()));
	}
}
