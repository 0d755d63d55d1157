package io.supportdesk.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;

/**
 * The {@code demo} profile's webhooks, registered through {@link Webhooks}: Maria Schmidt (manager)
 * has a staff endpoint for every event of every organisation, Globex's customer admin one for their
 * organisation's new cases, replies, resolutions and breaches. Both point at a receiver of the demo's
 * own on localhost ({@code supportdesk.webhooks.demo-receiver-port}, 3080), which checks each call's
 * signature the way a receiver should, answers 204 (or 401 for a bad signature) and logs it — so the
 * delivery log on the webhook pages fills as the demo is used. The demo's endpoints are made anew at
 * every start (their secrets are shown once, so the receiver learns them only then). Loaded after the
 * cases.
 */
@Component
@Profile("demo")
@Order(40)
class DemoWebhooks implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoWebhooks.class);

	private final Webhooks webhooks;

	private final AccountManagement accounts;

	private final int port;

	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	private HttpServer receiver;

	DemoWebhooks(Webhooks webhooks, AccountManagement accounts,
			@Value("${supportdesk.webhooks.demo-receiver-port:3080}") int port) {
		this.webhooks = webhooks;
		this.accounts = accounts;
		this.port = port;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		receiver.createContext("/", this::receive);
		receiver.start();
		String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
		log.info("Demo webhook receiver on {} (checks signatures, logs every call)", base);
		accounts.findUserByEmail("maria.schmidt@supportdesk.local").ifPresent(maria ->
				register(actor(maria), base + "/staff", List.of("*"), "Demo: the desk's chat room"));
		accounts.findUserByEmail("admin@globex.example").ifPresent(admin -> register(actor(admin), base + "/globex",
				List.of("case.opened", "case.replied", "case.resolved", "sla.breached"), "Demo: Globex's own ticket system"));
	}

	private void register(CurrentUser owner, String url, List<String> events, String description) {
		webhooks.endpoints(owner).stream().filter(endpoint -> endpoint.url().startsWith("http://127.0.0.1:"))
			.filter(endpoint -> endpoint.url().endsWith(url.substring(url.lastIndexOf('/'))))
			.forEach(old -> webhooks.delete(owner, old.id()));
		CreatedWebhook created = webhooks.create(owner, new NewWebhook(url, events, description));
		secrets.put(url.substring(url.lastIndexOf('/')), created.secret());
	}

	/** What a receiver does: check the signature over id, timestamp and body, then answer quickly. */
	private void receive(HttpExchange call) throws IOException {
		try (InputStream in = call.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String id = call.getRequestHeaders().getFirst("webhook-id");
			String timestamp = call.getRequestHeaders().getFirst("webhook-timestamp");
			String signature = call.getRequestHeaders().getFirst("webhook-signature");
			String secret = secrets.get(call.getRequestURI().getPath());
			boolean valid = secret != null && id != null && timestamp != null && signature != null
					&& timestamp.matches("\\d{1,12}") && MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
							WebhookSignature.sign(secret, id, Long.parseLong(timestamp), body).getBytes(StandardCharsets.UTF_8));
			log.info("Demo webhook receiver {}: {} {} — signature {}", call.getRequestURI().getPath(), id,
					body.length() > 120 ? body.substring(0, 120) + "…" : body, valid ? "valid" : "INVALID");
			call.sendResponseHeaders(valid ? 204 : 401, -1);
		}
		finally {
			call.close();
		}
	}

	private static CurrentUser actor(UserSummary user) {
		return new CurrentUser(user.id(), user.organisationId(), user.email(), user.name(), user.role(), user.language(),
				user.timeZone());
	}

	@Override
	public void destroy() {
		if (receiver != null) {
			receiver.stop(0);
		}
	}
}
