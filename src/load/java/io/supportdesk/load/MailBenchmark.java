package io.supportdesk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The mail channel under load, against a real PostgreSQL and real SMTP/IMAP: {@code load.mails}
 * messages (10,000) arrive in the support mailbox at once; Supportdesk reads them and each becomes a
 * case with its stored SLA and its acknowledgement queued. The IMAP server is GreenMail in this process
 * ({@code -Dload.imap=greenmail}, the default; its FETCH and STORE cost grows with the mailbox's size,
 * so it measures GreenMail as much as Supportdesk) or Dovecot ({@code -Dload.imap=dovecot}, started
 * from {@code /usr/sbin/dovecot} with a configuration of its own under {@code target/load-mail}; the
 * messages are appended to a staging folder and moved into the inbox in one command). Then
 * {@code load.mails} queued mails are put into the outbox at once and sent to the SMTP server. Prints
 * the throughput of both and checks that every message became a durable case with SLA and acknowledgement.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -DskipTests compile exec:exec@mail-load}; settings in
 * {@code load.args}, e.g. {@code -Dload.args="-Dload.mails=2000 -Dload.imap=dovecot"}.
 */
public final class MailBenchmark {

	private static final String SUPPORT = "support@supportdesk.local";

	private static final List<String> CUSTOMERS = List.of("user@acme.example", "admin@acme.example",
			"user@globex.example", "admin@globex.example", "user@northwind.example", "admin@northwind.example");

	private final int mails = Integer.getInteger("load.mails", 10_000);

	private final Path root = Path.of("target", "load-mail");

	private final HttpClient http = HttpClient.newHttpClient();

	private EmbeddedPostgres database;

	private GreenMail mailServer;

	private Process application;

	private final String imap = System.getProperty("load.imap", "greenmail");

	private Process dovecot;

	private int imapPort;

	public static void main(String[] args) throws Exception {
		MailBenchmark benchmark = new MailBenchmark();
		try {
			benchmark.run();
		}
		finally {
			benchmark.stop();
		}
		System.exit(0);
	}

	private void run() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		Files.createDirectories(root);
		say("Machine: %d cores, %s %s; application heap 1 GiB; IMAP server: %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), imap);
		database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(true)
			.setServerConfig("synchronous_commit", "on").start();
		try (Connection connection = database.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
			sql.execute("create database supportdesk");
		}
		mailServer = new GreenMail(new ServerSetup[] { new ServerSetup(free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(free(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		mailServer.start();
		mailServer.setUser(SUPPORT, SUPPORT, "bench");
		imapPort = "dovecot".equals(imap) ? startDovecot() : mailServer.getImap().getPort();
		startApplication();
		deliver();
		inbound();
		outbound();
	}

	/**
	 * Puts the messages into the support mailbox at once, as the mail server does (in memory, before the
	 * next poll): after the application is up, so that the demo's customers exist.
	 */
	private void deliver() throws Exception {
		if ("dovecot".equals(imap)) {
			appendToDovecot();
			return;
		}
		GreenMailUser support = mailServer.setUser(SUPPORT, SUPPORT, "bench");
		Session session = Session.getInstance(new Properties());
		long started = System.nanoTime();
		for (int i = 0; i < mails; i++) {
			support.deliver(mail(session, i));
		}
		say("%,d messages put into %s in %.1f s (IMAP on port %d)", mails, SUPPORT, (System.nanoTime() - started) / 1e9,
				mailServer.getImap().getPort());
	}

	/**
	 * Appends the messages to a staging folder of the support mailbox on Dovecot, then moves them all into
	 * the inbox in one IMAP MOVE: they arrive at once, as a backlog does.
	 */
	private void appendToDovecot() throws Exception {
		Session session = Session.getInstance(new Properties());
		jakarta.mail.Store store = session.getStore("imap");
		store.connect("127.0.0.1", imapPort, SUPPORT, "bench");
		try {
			jakarta.mail.Folder staging = store.getFolder("Staging");
			staging.create(jakarta.mail.Folder.HOLDS_MESSAGES);
			long started = System.nanoTime();
			List<jakarta.mail.Message> batch = new ArrayList<>();
			for (int i = 0; i < mails; i++) {
				batch.add(mail(session, i));
				if (batch.size() == 500 || i == mails - 1) {
					staging.appendMessages(batch.toArray(new jakarta.mail.Message[0]));
					batch.clear();
				}
			}
			staging.open(jakarta.mail.Folder.READ_WRITE);
			((org.eclipse.angus.mail.imap.IMAPFolder) staging).moveMessages(staging.getMessages(), store.getFolder("INBOX"));
			staging.close(false);
			say("%,d messages appended to Dovecot and moved into %s's inbox in %.1f s (IMAP on port %d)", mails, SUPPORT,
					(System.nanoTime() - started) / 1e9, imapPort);
		}
		finally {
			store.close();
		}
	}

	/** Dovecot on a free port, with a configuration of its own: one user, the support address, maildir. */
	private int startDovecot() throws Exception {
		Path home = root.resolve("dovecot").toAbsolutePath();
		Files.createDirectories(home.resolve("mail"));
		Files.createDirectories(home.resolve("run"));
		// the mail is kept as nobody's when the benchmark runs as root (Dovecot refuses uid 0 for mail)
		long uid = ((Number) Files.getAttribute(home, "unix:uid")).longValue();
		long gid = ((Number) Files.getAttribute(home, "unix:gid")).longValue();
		if (uid == 0) {
			uid = 65534;
			gid = 65534;
			for (Path dir : List.of(home, home.resolve("mail"))) {
				Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
			}
		}
		int port = free();
		Files.writeString(home.resolve("users"), SUPPORT + ":{PLAIN}bench\n");
		Files.writeString(home.resolve("dovecot.conf"), """
				base_dir = %1$s/run
				log_path = %1$s/dovecot.log
				protocols = imap
				listen = 127.0.0.1
				ssl = no
				disable_plaintext_auth = no
				auth_mechanisms = plain login
				mail_location = maildir:%1$s/mail/%%n
				first_valid_uid = 1
				passdb {
				  driver = passwd-file
				  args = scheme=PLAIN username_format=%%u %1$s/users
				}
				userdb {
				  driver = static
				  args = uid=%2$d gid=%3$d home=%1$s/mail/%%n
				}
				service anvil {
				  chroot =
				}
				service imap-login {
				  inet_listener imap {
				    port = %4$d
				  }
				  inet_listener imaps {
				    port = 0
				  }
				  chroot =
				}
				""".formatted(home, uid, gid, port));
		dovecot = new ProcessBuilder(System.getProperty("load.dovecot", "/usr/sbin/dovecot"), "-F", "-c",
				home.resolve("dovecot.conf").toString()).redirectErrorStream(true)
			.redirectOutput(home.resolve("dovecot.out").toFile()).start();
		Instant deadline = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(deadline)) {
			try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
				say("Dovecot up on port %d (%s)", port, home.resolve("dovecot.log"));
				return port;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("Dovecot did not start; see " + home.resolve("dovecot.log"));
	}

	/** A customer's mail in one of the four languages, a few lines long, as support mail is. */
	private static MimeMessage mail(Session session, int i) throws Exception {
		String[][] texts = {
				{ "Exam export stops at 99 %", "Hello, the CSV export of yesterday's exam session stops at 99 % and never finishes. We tried twice. What can we do?" },
				{ "Prüfung lässt sich nicht starten", "Guten Tag, seit heute Morgen können unsere Kandidaten die Prüfung nicht mehr starten. Die Seite lädt ohne Ende." },
				{ "Impossible de lancer l'examen", "Bonjour, depuis ce matin nos candidats ne peuvent plus lancer l'examen. La page reste blanche." },
				{ "No se puede iniciar el examen", "Hola, desde esta mañana nuestros candidatos no pueden iniciar el examen. La página no termina de cargar." } };
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress(CUSTOMERS.get(i % CUSTOMERS.size())));
		message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(SUPPORT));
		String[] text = texts[i % texts.length];
		message.setSubject(text[0] + " #" + i, "UTF-8");
		message.setText(text[1] + "\n\n-- \nSent by the load run", "UTF-8");
		message.saveChanges();
		message.setHeader("Message-ID", "<load-" + i + "-" + UUID.randomUUID() + "@customer.example>");
		return message;
	}

	private void inbound() throws Exception {
		say("%n## Inbound: %,d waiting messages become cases", mails);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
		try (Connection connection = connect()) {
			long read = 0;
			while (read < mails && Instant.now().isBefore(deadline)) {
				Thread.sleep(2_000);
				read = count(connection, "select count(*) from mail_inbound");
				say("  %,d read", read);
			}
			Timestamp[] span = span(connection, "select min(received_at), max(received_at) from mail_inbound");
			double seconds = Duration.between(span[0].toInstant(), span[1].toInstant()).toMillis() / 1000.0;
			say("Read %,d messages in %.1f s: %.0f messages/s (first to last commit of mail_inbound)", read, seconds,
					read / seconds);
			// each durable: its case, its stored SLA, its acknowledgement in the outbox (queued or sent)
			Thread.sleep(5_000);
			say("Cases opened by the messages: %,d; with stored SLA: %,d; with their acknowledgement in the outbox: %,d; outcomes: %s",
					count(connection, "select count(*) from mail_inbound i join cases_case c on c.id = i.case_id"),
					count(connection, "select count(*) from mail_inbound i join sla_case_state s on s.case_id = i.case_id"),
					count(connection, "select count(distinct i.case_id) from mail_inbound i join mail_outbox o on o.case_id = i.case_id and o.kind = 'ACKNOWLEDGEMENT'"),
					text(connection, "select string_agg(outcome || ' ' || n, ', ') from (select outcome, count(*) n from mail_inbound group by outcome) o"));
			say("Case languages: %s", text(connection,
					"select string_agg(language || ' ' || n, ', ') from (select c.language, count(*) n from mail_inbound i join cases_case c on c.id = i.case_id group by c.language order by c.language) l"));
		}
	}

	private void outbound() throws Exception {
		say("%n## Outbound: %,d queued mails sent to the SMTP server", mails);
		try (Connection connection = connect()) {
			// wait for the acknowledgements of the inbound run to be sent, so this run has the outbox alone
			Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
			while (count(connection, "select count(*) from mail_outbox where state = 'QUEUED'") > 0
					&& Instant.now().isBefore(deadline)) {
				Thread.sleep(1_000);
			}
			try (var insert = connection.prepareStatement("""
					insert into mail_outbox (id, cause, recipient, kind, subject, text_body, message_id, state, attempts,
					  next_attempt_at, queued_at)
					values (?, ?, ?, 'SLA_NOTICE', 'Load', 'A notice of the load run.', ?, 'QUEUED', 0, now(), now())""")) {
				for (int i = 0; i < mails; i++) {
					UUID id = UUID.randomUUID();
					insert.setObject(1, id);
					insert.setString(2, "load:" + i);
					insert.setString(3, "agent" + (i % 50) + "@supportdesk.local");
					insert.setString(4, "<" + id + "@supportdesk.local>");
					insert.addBatch();
				}
				insert.executeBatch();
			}
			long sent = 0;
			deadline = Instant.now().plus(Duration.ofMinutes(20));
			while (sent < mails && Instant.now().isBefore(deadline)) {
				Thread.sleep(2_000);
				sent = count(connection, "select count(*) from mail_outbox where cause like 'load:%' and state = 'SENT'");
				say("  %,d sent", sent);
			}
			Timestamp[] span = span(connection,
					"select min(sent_at), max(sent_at) from mail_outbox where cause like 'load:%' and state = 'SENT'");
			double seconds = Duration.between(span[0].toInstant(), span[1].toInstant()).toMillis() / 1000.0;
			say("Sent %,d mails in %.1f s: %.0f mails/s (first to last sent_at); the SMTP server received %,d in all",
					sent, seconds, sent / seconds, mailServer.getReceivedMessages().length);
		}
	}

	private void startApplication() throws Exception {
		int port = free();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.supportdesk.SupportdeskApplication",
				"--spring.profiles.active=demo", "--server.port=" + port,
				// the load run's six senders write thousands of mails: none of their acknowledgements is suppressed
				"--supportdesk.mail.auto-replies-per-recipient=1000000"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(root.resolve("application.log").toFile());
		var env = builder.environment();
		env.put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "supportdesk"));
		env.put("SPRING_DATASOURCE_USERNAME", "postgres");
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("SUPPORTDESK_DATA_DIR", root.resolve("data").toString());
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", String.valueOf(mailServer.getSmtp().getPort()));
		env.put("SUPPORTDESK_MAIL_INBOUND_HOST", "127.0.0.1");
		env.put("SUPPORTDESK_MAIL_INBOUND_PORT", String.valueOf(imapPort));
		env.put("SUPPORTDESK_MAIL_INBOUND_USERNAME", SUPPORT);
		env.put("SUPPORTDESK_MAIL_INBOUND_PASSWORD", "bench");
		env.put("SUPPORTDESK_MAIL_INBOUND_POLL_INTERVAL", "2s");
		application = builder.start();
		Instant deadline = Instant.now().plusSeconds(240);
		while (Instant.now().isBefore(deadline)) {
			if (!application.isAlive()) {
				throw new IllegalStateException("The application stopped; see " + root.resolve("application.log"));
			}
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					say("Application up on port %d (log: %s)", port, root.resolve("application.log"));
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The application did not start within 240 s");
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(database.getJdbcUrl("postgres", "supportdesk"), "postgres", "");
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	private static Timestamp[] span(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return new Timestamp[] { row.getTimestamp(1), row.getTimestamp(2) };
		}
	}

	private static int free() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void stop() {
		if (application != null) {
			application.destroy();
			try {
				application.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (mailServer != null) {
			mailServer.stop();
		}
		if (dovecot != null) {
			dovecot.destroy();
		}
		if (database != null) {
			try {
				database.close();
			}
			catch (IOException ex) {
				say("Could not stop PostgreSQL: %s", ex);
			}
		}
	}

	private static void say(String format, Object... args) {
		System.out.printf(format + "%n", args);
		System.out.flush();
	}
}
