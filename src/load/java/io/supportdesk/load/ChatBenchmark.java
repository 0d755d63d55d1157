package io.supportdesk.load;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;

/**
 * Live chat under load, against a real PostgreSQL: {@code load.sessions} concurrent chats (2,000), each
 * with a customer socket and an agent socket (STOMP over WebSocket, signed in by a web session cookie as the
 * portal and the console are), each side sending a message every {@code load.interval} seconds (5), staggered,
 * for {@code load.seconds} (60) after {@code load.warmup} (15). Every message goes the whole way: the STOMP
 * SEND, the numbered insert, {@code pg_notify}, the fan-out's LISTEN connection reading it back, the broker,
 * the other side's socket. Prints the end-to-end delivery latency (send to receipt by the other side,
 * measured in this JVM) and the application's memory (heap used per Micrometer, resident set per
 * {@code /proc}).
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -DskipTests compile exec:exec@chat-load}; settings in
 * {@code load.args}, e.g. {@code -Dload.args="-Dload.sessions=500 -Dload.seconds=30"}.
 */
public final class ChatBenchmark {

	private static final String PASSWORD = "supportdesk-demo";

	private static final String ADMIN_PASSWORD = LoadApplication.ADMIN_PASSWORD;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int sessions = Integer.getInteger("load.sessions", 2_000);

	private final int interval = Integer.getInteger("load.interval", 5);

	private final int seconds = Integer.getInteger("load.seconds", 60);

	private final int warmup = Integer.getInteger("load.warmup", 15);

	private final Path root = Path.of("target", "load-chat");

	private final HttpClient http = HttpClient.newHttpClient();

	private final Latencies latencies = new Latencies();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong received = new AtomicLong();

	private volatile boolean measuring;

	private EmbeddedPostgres database;

	private LoadApplication application;

	private int port;

	public static void main(String[] args) throws Exception {
		ChatBenchmark benchmark = new ChatBenchmark();
		try {
			benchmark.run();
		}
		finally {
			benchmark.stop();
		}
		System.exit(0);
	}

	/** One side of one chat: its socket, whose messages it waits for, and its own id. */
	private record Side(String chatId, String userId, StompSession session) {
	}

	private void run() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		Files.createDirectories(root);
		say("Machine: %d cores, %s %s; application heap 1 GiB; %d sessions, a message per side every %d s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), sessions, interval);
		database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(true)
			.setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "200").start();
		try (Connection connection = database.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
			sql.execute("create database supportdesk");
		}
		startApplication();
		String admin = basic("admin@supportdesk.local", ADMIN_PASSWORD);
		String customerToken = token(basic("user@acme.example", PASSWORD));
		String customerId = me(customerToken);
		// agents of 20 chats each (the highest capacity), online; the demo's own agents offline
		int agentCount = (sessions + 19) / 20;
		for (String demo : List.of("anna.berger", "luc.martin")) {
			send("PUT", "/api/chat/status", "Bearer " + token(basic(demo + "@supportdesk.local", PASSWORD)),
					"{\"status\":\"OFFLINE\"}");
		}
		Map<String, String> agentTokens = new ConcurrentHashMap<>();
		Map<String, String> agentCookies = new ConcurrentHashMap<>();
		for (int a = 0; a < agentCount; a++) {
			String email = "load-agent-" + a + "@supportdesk.local";
			String created = send("POST", "/api/staff", admin, "{\"email\":\"" + email + "\",\"name\":\"Load agent " + a
					+ "\",\"role\":\"AGENT\",\"password\":\"" + PASSWORD + "\",\"language\":\"en\",\"timeZone\":\"Europe/Berlin\"}");
			String id = field(created, "id");
			String token = token(basic(email, PASSWORD));
			agentTokens.put(id, token);
			agentCookies.put(id, signIn(email));
			send("PUT", "/api/chat/status", "Bearer " + token, "{\"status\":\"ONLINE\",\"capacity\":20}");
		}
		say("%d agents online", agentCount);
		List<String[]> chats = new ArrayList<>(); // chat id, agent id
		long setUp = System.nanoTime();
		for (int c = 0; c < sessions; c++) {
			String chat = send("POST", "/api/chats", "Bearer " + customerToken, "{\"topic\":\"Load " + c + "\",\"language\":\"en\"}");
			String chatId = field(chat, "id");
			String agent = field(chat, "offeredTo");
			send("POST", "/api/chats/" + chatId + "/accept", "Bearer " + agentTokens.get(agent), "{}");
			chats.add(new String[] { chatId, agent });
		}
		say("%d chats started and accepted in %.1f s", sessions, (System.nanoTime() - setUp) / 1e9);
		String customerCookie = signIn("user@acme.example");
		Map<String, Long> before = memory();
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new JacksonJsonMessageConverter());
		client.setInboundMessageSizeLimit(64 * 1024);
		List<Side> sides = new ArrayList<>();
		long connecting = System.nanoTime();
		for (String[] chat : chats) {
			sides.add(connect(client, chat[0], customerId, customerCookie));
			sides.add(connect(client, chat[0], chat[1], agentCookies.get(chat[1])));
		}
		say("%d sockets connected and subscribed in %.1f s", sides.size(), (System.nanoTime() - connecting) / 1e9);
		ScheduledExecutorService senders = Executors.newScheduledThreadPool(4);
		for (int s = 0; s < sides.size(); s++) {
			Side side = sides.get(s);
			long offset = (long) (interval * 1000.0 * s / sides.size());
			senders.scheduleAtFixedRate(() -> {
				long now = System.nanoTime();
				side.session().send("/app/chats/" + side.chatId() + "/messages",
						Map.of("body", Long.toString(now), "clientId", side.userId() + "-" + now));
				sent.incrementAndGet();
			}, offset, interval * 1000L, TimeUnit.MILLISECONDS);
		}
		Thread.sleep(warmup * 1000L);
		measuring = true;
		long start = System.nanoTime();
		Map<String, Long> during = null;
		long sentAtStart = sent.get();
		Thread.sleep(seconds * 500L);
		during = memory();
		Thread.sleep(seconds * 500L);
		measuring = false;
		double elapsed = (System.nanoTime() - start) / 1e9;
		long messages = sent.get() - sentAtStart;
		senders.shutdownNow();
		say("");
		say("Delivery, end to end (send → the other side's socket), %d s measured after %d s warm-up:", seconds, warmup);
		say("  %s", latencies.summary());
		say("  %.0f messages sent per second, %d received while measuring", messages / elapsed, latencies.count());
		say("Application memory: heap used %d MiB before the sockets, %d MiB during the run; resident %d MiB before,"
				+ " %d MiB during", before.get("heap") >> 20, during.get("heap") >> 20, before.get("rss") >> 20,
				during.get("rss") >> 20);
		for (Side side : sides) {
			side.session().disconnect();
		}
	}

	private Side connect(WebSocketStompClient client, String chatId, String userId, String cookie) throws Exception {
		WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
		headers.add("Cookie", cookie);
		StompSession session = client.connectAsync("ws://localhost:" + port + "/chat-socket", headers, new StompHeaders(),
				new StompSessionHandlerAdapter() {
				}).get(30, TimeUnit.SECONDS);
		session.subscribe("/topic/chats/" + chatId, new StompFrameHandler() {
			@Override
			public Type getPayloadType(StompHeaders frame) {
				return JsonNode.class;
			}

			@Override
			public void handleFrame(StompHeaders frame, Object payload) {
				JsonNode signal = (JsonNode) payload;
				if (!"MESSAGE".equals(signal.path("kind").asString())) {
					return;
				}
				JsonNode message = signal.get("message");
				if (message.get("authorId").asString().equals(userId)) {
					return; // its own message, numbered: the other side's receipt is what counts
				}
				received.incrementAndGet();
				if (measuring) {
					latencies.record(System.nanoTime() - Long.parseLong(message.get("body").asString()));
				}
			}
		});
		return new Side(chatId, userId, session);
	}

	/** The application's heap used (Micrometer, via the Prometheus scrape) and resident set size. */
	private Map<String, Long> memory() throws Exception {
		String scrape = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
			.header("Authorization", basic("admin@supportdesk.local", ADMIN_PASSWORD)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		long heap = 0;
		Matcher used = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)").matcher(scrape);
		while (used.find()) {
			heap += (long) Double.parseDouble(used.group(1));
		}
		long rss = 0;
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(application.process().pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		return Map.of("heap", heap, "rss", rss);
	}

	/** Signs in through the form, as a browser does; returns the session's cookie header. */
	private String signIn(String email) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
		if (!csrf.find()) {
			throw new IllegalStateException("No sign-in form");
		}
		String form = "_csrf=" + enc(csrf.group(1)) + "&email=" + enc(email) + "&password=" + enc(PASSWORD);
		browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
		return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.reduce((a, b) -> a + "; " + b).orElseThrow();
	}

	private String token(String basic) throws Exception {
		return field(send("POST", "/api/me/tokens", basic, "{\"name\":\"chat-load\",\"expiresInDays\":1}"), "token");
	}

	private String me(String token) throws Exception {
		return field(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body(), "id");
	}

	private String send(String method, String path, String authorization, String json) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", authorization).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!value.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return value.group(1);
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void startApplication() throws Exception {
		LoadApplication started = LoadApplication.start(root, database.getJdbcUrl("postgres", "supportdesk"),
				"--supportdesk.chat.offer-timeout=1h", "--spring.datasource.hikari.maximum-pool-size=20");
		application = started;
		port = started.port();
	}

	private void stop() {
		if (application != null) {
			application.close();
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
