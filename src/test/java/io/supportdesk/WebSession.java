package io.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.supportdesk.accounts.AccountFixtures;

/**
 * A signed-in web session without a browser: form sign-in, cookies, and forms posted with the CSRF
 * token of the page they are on; {@link #htmx()} sends the header htmx sends.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies;

	private final HttpClient client;

	private final int port;

	private boolean htmx;

	private WebSession(int port) {
		this(port, new CookieManager());
	}

	private WebSession(int port, CookieManager cookies) {
		this(port, cookies, HttpClient.newBuilder().cookieHandler(cookies).build());
	}

	private WebSession(int port, CookieManager cookies, HttpClient client) {
		this.port = port;
		this.cookies = cookies;
		this.client = client;
	}

	/** The same browser (its cookies) talking to another instance on this host, as behind a load balancer. */
	public WebSession on(int otherPort) {
		WebSession other = new WebSession(otherPort, cookies, client);
		other.htmx = htmx;
		return other;
	}

	/** Signed in with the fixtures' password. */
	public static WebSession signIn(int port, String email) {
		return signIn(port, email, AccountFixtures.PASSWORD);
	}

	/** Signed in with this password (the sign-in must succeed). */
	public static WebSession signIn(int port, String email, String password) {
		WebSession session = new WebSession(port);
		HttpResponse<String> signedIn = session.form("/login", "/login", Map.of("email", email, "password", password));
		assertThat(signedIn.headers().firstValue("Location")).as("signed in as " + email)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
		return session;
	}

	/** A session that has not signed in (yet). */
	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	/** The session's cookies as a {@code Cookie} header value (to open a WebSocket as this signed-in user). */
	public String cookieHeader() {
		return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/** From now on, requests look like htmx requests. */
	public WebSession htmx() {
		htmx = true;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Posts a form found on {@code page} (for its CSRF token). */
	public HttpResponse<String> form(String page, String action, Map<String, String> fields) {
		return formWithToken(csrfToken(page), action, fields);
	}

	/** The CSRF token of the form on {@code page}. */
	public String csrfToken(String page) {
		Matcher csrf = CSRF.matcher(get(page).body());
		assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
		return csrf.group(1);
	}

	/** Posts a form with a CSRF token taken from some page (of this instance or another). */
	public HttpResponse<String> formWithToken(String csrfToken, String action, Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=" + enc(csrfToken));
		fields.forEach((name, value) -> body.append('&').append(enc(name)).append('=').append(enc(value)));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Posts a form found on {@code page} whose fields may repeat (checkboxes of one name), in this order. */
	public HttpResponse<String> form(String page, String action, java.util.List<Map.Entry<String, String>> fields) {
		Matcher csrf = CSRF.matcher(get(page).body());
		assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
		StringBuilder body = new StringBuilder("_csrf=" + enc(csrf.group(1)));
		fields.forEach(field -> body.append('&').append(enc(field.getKey())).append('=').append(enc(field.getValue())));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Posts a form found on {@code page} whose fields may repeat (ticked checkboxes of one name). */
	public HttpResponse<String> formWithRepeats(String page, String action, Map<String, java.util.List<String>> fields) {
		Matcher csrf = CSRF.matcher(get(page).body());
		assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
		StringBuilder body = new StringBuilder("_csrf=" + enc(csrf.group(1)));
		fields.forEach((name, values) -> values.forEach(value -> body.append('&').append(enc(name)).append('=')
			.append(enc(value))));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Posts a multipart form found on {@code page}, with {@code file} as its part {@code file}. */
	public HttpResponse<String> multipart(String page, String action, Map<String, String> fields, byte[] file) {
		Matcher csrf = CSRF.matcher(get(page).body());
		assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
		String boundary = "----web-session-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dump.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en");
		return htmx ? request.header("HX-Request", "true") : request;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
