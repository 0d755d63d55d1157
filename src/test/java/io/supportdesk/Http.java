package io.supportdesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running application: JSON in and out, signed in with HTTP Basic or a bearer
 * token, or anonymous.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final String authorization;

	private final String language;

	private Http(String base, String authorization) {
		this(base, authorization, null);
	}

	private Http(String base, String authorization, String language) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
	}

	/** The same client, sending {@code Accept-Language: languages} with every request (none by default). */
	public Http acceptingLanguage(String languages) {
		return new Http(base, authorization, languages);
	}

	public static Http anonymous(int port) {
		return new Http("http://localhost:" + port, null);
	}

	public static Http basic(int port, String email, String password) {
		String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Http("http://localhost:" + port, "Basic " + credentials);
	}

	public static Http bearer(int port, String token) {
		return new Http("http://localhost:" + port, "Bearer " + token);
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	/** Uploads one file as {@code multipart/form-data} part {@code file}. */
	public Response upload(String path, String filename, byte[] content) {
		String boundary = "supportdesk-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return exchange(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
	}

	/** A GET of raw bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A GET that accepts only {@code mediaType} (for example {@code text/csv}). */
	public Response getAccepting(String path, String mediaType) {
		return exchange(request(path).header("Accept", mediaType).GET());
	}

	/** A GET that accepts anything (for non-JSON resources such as metrics). */
	public Response getAny(String path) {
		return exchange(request(path).header("Accept", "*/*").GET());
	}

	public Response post(String path, Object json) {
		return send("POST", path, json, "application/json");
	}

	public Response put(String path, Object json) {
		return send("PUT", path, json, "application/json");
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	/** Sends a raw body (a string is sent as is, anything else as JSON). */
	public Response send(String method, String path, Object body, String contentType) {
		HttpRequest.Builder request = request(path);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.header("Accept", "application/json, application/problem+json, text/html");
		String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
		request.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(text));
		return exchange(request);
	}

	/**
	 * Sends raw bytes with exactly these headers (besides the credentials and language), for bodies
	 * no JSON writer would produce: invalid UTF-8, a wrong content type, a truncated multipart.
	 */
	public Response sendRaw(String method, String path, byte[] body, java.util.Map<String, String> headers) {
		HttpRequest.Builder request = request(path);
		headers.forEach(request::header);
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		return exchange(request);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return request;
	}

	private Response exchange(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, raw body, and the body as JSON. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
