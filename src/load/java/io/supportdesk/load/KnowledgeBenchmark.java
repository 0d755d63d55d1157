package io.supportdesk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The knowledge base under load, against a real PostgreSQL: {@code load.articles} articles (100,000:
 * a quarter per language; 70 % public, 20 % for customers, 10 % internal), each with one translation
 * of a realistic length about a topic of three of the product's words (a title, a summary, a body of
 * 60–120 words: one in seven of the topic, the rest mostly from a long tail of 5,000 rarer words per
 * language). Then {@code load.clients} HTTP clients (8) search ({@code GET /api/kb/articles}
 * signed out, one to three words in the reader's language, now and then a misspelling that only the
 * trigram fallback finds) and ask for suggestions as a customer types ({@code GET /api/kb/suggestions}
 * with a personal API token, a subject and a sentence of description) for {@code load.seconds} (30 s)
 * each, after {@code load.warmup} (10 s). Prints p50/p95/p99/max per kind of request.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -DskipTests compile exec:exec@knowledge-load}; settings in
 * {@code load.args}, e.g. {@code -Dload.args="-Dload.articles=20000 -Dload.seconds=10"}.
 */
public final class KnowledgeBenchmark {

	private static final Map<String, String[]> WORDS = Map.of(
			"en", new String[] { "exam", "session", "proctor", "client", "installation", "upgrade", "licence", "activation",
					"proxy", "network", "password", "reset", "camera", "browser", "upload", "recording", "report", "export",
					"candidate", "identity", "window", "booking", "integration", "moodle", "token", "error", "timeout",
					"certificate", "login", "screen", "firewall", "dashboard", "settings", "workstation", "results" },
			"de", new String[] { "Prüfung", "Sitzung", "Aufsicht", "Client", "Installation", "Aktualisierung", "Lizenz",
					"Aktivierung", "Proxy", "Netzwerk", "Passwort", "Zurücksetzen", "Kamera", "Browser", "Hochladen",
					"Aufzeichnung", "Bericht", "Export", "Kandidaten", "Ausweis", "Prüfungsfenster", "Buchung", "Integration",
					"Fehler", "Zeitüberschreitung", "Zertifikat", "Anmeldung", "Bildschirm", "Firewall", "Einstellungen",
					"Arbeitsplatz", "Ergebnisse", "Prüfungssitzung", "Netzwerkeinstellungen", "Lizenzschlüssel" },
			"fr", new String[] { "examen", "session", "surveillant", "client", "installation", "mise à jour", "licence",
					"activation", "proxy", "réseau", "mot de passe", "réinitialisation", "caméra", "navigateur", "envoi",
					"enregistrement", "rapport", "export", "candidat", "identité", "fenêtre", "réservation", "intégration",
					"erreur", "délai", "certificat", "connexion", "écran", "pare-feu", "tableau de bord", "paramètres",
					"poste", "résultats", "sécurité", "téléchargement" },
			"es", new String[] { "examen", "sesión", "supervisor", "cliente", "instalación", "actualización", "licencia",
					"activación", "proxy", "red", "contraseña", "restablecer", "cámara", "navegador", "subida", "grabación",
					"informe", "exportación", "candidato", "identidad", "ventana", "reserva", "integración", "error",
					"tiempo de espera", "certificado", "inicio de sesión", "pantalla", "cortafuegos", "panel", "ajustes",
					"equipo", "resultados", "seguridad", "descarga" });

	private static final String[] LANGUAGES = { "en", "de", "fr", "es" };

	private final int articles = Integer.getInteger("load.articles", 100_000);

	private final int clients = Integer.getInteger("load.clients", 8);

	private final int seconds = Integer.getInteger("load.seconds", 30);

	private final int warmup = Integer.getInteger("load.warmup", 10);

	private final Path root = Path.of("target", "load-knowledge");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Random random = new Random(12);

	private final List<List<String>> tails = new ArrayList<>();

	private EmbeddedPostgres database;

	private Process application;

	private int port;

	public static void main(String[] args) throws Exception {
		KnowledgeBenchmark benchmark = new KnowledgeBenchmark();
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
		say("Machine: %d cores, %s %s; application heap 1 GiB", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"));
		database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(true)
			.setServerConfig("synchronous_commit", "on").start();
		try (Connection connection = database.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
			sql.execute("create database supportdesk");
		}
		for (int l = 0; l < LANGUAGES.length; l++) {
			tails.add(tail(5_000));
		}
		startApplication();
		load();
		String token = token();
		measure("search, signed out", this::search, null);
		measure("suggestions while typing, a customer with an API token", this::suggestion, token);
	}

	/** Rare words of a language: made-up syllable words, a long tail as real vocabularies have. */
	private List<String> tail(int size) {
		String[] syllables = { "ka", "lo", "ri", "men", "tas", "vo", "ne", "sil", "dra", "bu", "fe", "gon", "pi", "ter", "qua" };
		List<String> words = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			StringBuilder word = new StringBuilder();
			for (int s = 2 + random.nextInt(3); s > 0; s--) {
				word.append(syllables[random.nextInt(syllables.length)]);
			}
			words.add(word.toString());
		}
		return words;
	}

	/** One of the product's words, the frequent ones first (Zipf-like). */
	private String common(int lang, Random r) {
		String[] common = WORDS.get(LANGUAGES[lang]);
		return common[(int) Math.floor(Math.pow(r.nextDouble(), 2) * common.length)];
	}

	/** One of the rarer words, the frequent ones first. */
	private String rare(int lang, Random r) {
		List<String> tail = tails.get(lang);
		return tail.get((int) Math.floor(Math.pow(r.nextDouble(), 1.5) * tail.size()));
	}

	/**
	 * A text about {@code topic} (three of the product's words): {@code count} words, about one in seven
	 * of the topic, one in twenty another product word, the rest rarer words.
	 */
	private String text(int lang, String[] topic, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			double p = random.nextDouble();
			String word = p < 0.15 ? topic[random.nextInt(topic.length)] : p < 0.2 ? common(lang, random) : rare(lang, random);
			text.append(i == 0 ? "" : " ").append(word);
		}
		return text.toString();
	}

	/** What readers type: a product word, then maybe one or two more words of either kind. */
	private String words(int lang, int count, Random r) {
		StringBuilder text = new StringBuilder(common(lang, r));
		for (int i = 1; i < count; i++) {
			text.append(' ').append(r.nextInt(2) == 0 ? common(lang, r) : rare(lang, r));
		}
		return text.toString();
	}

	private void load() throws SQLException {
		say("%n## Loading %,d articles (%,d per language)", articles, articles / 4);
		long started = System.nanoTime();
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			try (PreparedStatement article = connection.prepareStatement("""
					insert into knowledge_article (id, kind, visibility, category_code, product, created_at, created_by, updated_at)
					values (?, ?, ?, ?, 'Proctor Suite', ?, ?, ?)""");
					PreparedStatement translation = connection.prepareStatement("""
							insert into knowledge_translation (article_id, lang, slug, title, summary, body, state, published_at,
							    updated_at, updated_by, revision, visibility, kind, category_code, product)
							values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 1, ?, ?, ?, 'Proctor Suite')""")) {
				String[] kinds = { "HOW_TO", "KNOWN_ISSUE", "FAQ" };
				String[] categories = { "installation", "licensing", "accounts", "exam-preparation", "exam-sessions", "network",
						"integrations" };
				UUID author = new UUID(0, 0);
				for (int i = 0; i < articles; i++) {
					int lang = i % 4;
					UUID id = UUID.randomUUID();
					int v = random.nextInt(10);
					String kind = kinds[random.nextInt(kinds.length)];
					String visibility = v < 7 ? "PUBLIC" : v < 9 ? "CUSTOMERS" : "INTERNAL";
					String category = categories[random.nextInt(categories.length)];
					String[] topic = { common(lang, random), common(lang, random), common(lang, random) };
					Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofMinutes(random.nextInt(500_000))));
					article.setObject(1, id);
					article.setString(2, kind);
					article.setString(3, visibility);
					article.setString(4, category);
					article.setTimestamp(5, at);
					article.setObject(6, author);
					article.setTimestamp(7, at);
					article.addBatch();
					translation.setObject(1, id);
					translation.setString(2, LANGUAGES[lang]);
					translation.setString(3, "article-" + i);
					translation.setString(4, topic[0] + " " + topic[1] + " " + text(lang, topic, 1 + random.nextInt(3)));
					translation.setString(5, topic[2] + " " + text(lang, topic, 8 + random.nextInt(6)));
					translation.setString(6, text(lang, topic, 60 + random.nextInt(60)));
					translation.setTimestamp(7, at);
					translation.setTimestamp(8, at);
					translation.setObject(9, author);
					translation.setString(10, visibility);
					translation.setString(11, kind);
					translation.setString(12, category);
					translation.addBatch();
					if (i % 1_000 == 999 || i == articles - 1) {
						article.executeBatch();
						translation.executeBatch();
						connection.commit();
					}
				}
			}
			connection.setAutoCommit(true);
			try (var sql = connection.createStatement()) {
				// as autovacuum would soon after a bulk load: the GIN indexes' pending lists are merged
				sql.execute("vacuum analyze knowledge_article");
				sql.execute("vacuum analyze knowledge_translation");
				sql.execute("vacuum analyze knowledge_search");
			}
		}
		say("Loaded in %.1f s", (System.nanoTime() - started) / 1e9);
		awaitVocabulary();
	}

	/** The application's recurring task counts the lexemes after writes (within about a minute): wait for it. */
	private void awaitVocabulary() throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = connect(); var sql = connection.createStatement()) {
			while (System.nanoTime() - started < Duration.ofSeconds(150).toNanos()) {
				try (var rs = sql.executeQuery("""
						select not changed and (select coalesce(sum(articles), 0) from knowledge_lexeme_total) > 0
						from knowledge_lexeme_change""")) {
					rs.next();
					if (rs.getBoolean(1)) {
						say("Lexemes counted after %.0f s; 30 s more, so that every instance has read them",
								(System.nanoTime() - started) / 1e9);
						sleep(30);
						return;
					}
				}
				sleep(1);
			}
		}
		say("The lexemes were not counted within 150 s");
	}

	private static void sleep(int seconds) {
		try {
			Thread.sleep(seconds * 1_000L);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One to three words of a language; one query in ten misspelt (a letter dropped), for the trigram fallback. */
	private String search(Random r) {
		int lang = r.nextInt(4);
		String query = words(lang, 1 + r.nextInt(3), r);
		if (r.nextInt(10) == 0 && query.length() > 6) {
			int drop = 1 + r.nextInt(query.length() - 2);
			query = query.substring(0, drop) + query.substring(drop + 1);
		}
		return "/api/kb/articles?lang=" + LANGUAGES[lang] + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	/** A subject of three to six words and a sentence of description, as a customer types them. */
	private String suggestion(Random r) {
		int lang = r.nextInt(4);
		return "/api/kb/suggestions?lang=" + LANGUAGES[lang] + "&subject="
				+ URLEncoder.encode(words(lang, 3 + r.nextInt(4), r), StandardCharsets.UTF_8) + "&description="
				+ URLEncoder.encode(words(lang, 8 + r.nextInt(12), r), StandardCharsets.UTF_8);
	}

	private void measure(String name, Function<Random, String> requests, String token) throws Exception {
		say("%n## %s: %d clients, %d s warm-up, %d s measured", name, clients, warmup, seconds);
		run(requests, token, warmup, new Latencies());
		Latencies latencies = new Latencies();
		run(requests, token, seconds, latencies);
		say("%s: %s, %.0f requests/s", name, latencies.summary(), latencies.count() / (double) seconds);
	}

	private void run(Function<Random, String> requests, String token, int duration, Latencies latencies) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Random r = new Random(1000 + c);
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + requests.apply(r)))
						.timeout(Duration.ofSeconds(30));
					if (token != null) {
						request.header("Authorization", "Bearer " + token);
					}
					long started = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 200) {
							latencies.record(System.nanoTime() - started);
						}
						else {
							latencies.error();
						}
					}
					catch (IOException failed) {
						latencies.error();
					}
				}
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		pool.shutdown();
	}

	/** A personal API token of a demo customer (Premier), so suggestions run as a signed-in customer. */
	private String token() throws Exception {
		String basic = Base64.getEncoder().encodeToString("user@acme.example:supportdesk-demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/tokens"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"knowledge-load\",\"expiresInDays\":1}")).build(),
				HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
		if (!token.find()) {
			throw new IllegalStateException("No token: " + issued.statusCode() + " " + issued.body());
		}
		return token.group(1);
	}

	private void startApplication() throws Exception {
		port = free();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.supportdesk.SupportdeskApplication",
				"--spring.profiles.active=demo", "--server.port=" + port, "--supportdesk.mail.demo-smtp-port=0",
				"--supportdesk.api.rate-limit.per-credential=1000000000", "--supportdesk.api.rate-limit.per-address=1000000000",
				"--supportdesk.mail.demo-imap-port=0"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(root.resolve("application.log").toFile());
		var env = builder.environment();
		env.put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "supportdesk"));
		env.put("SPRING_DATASOURCE_USERNAME", "postgres");
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("SUPPORTDESK_DATA_DIR", root.resolve("data").toString());
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
