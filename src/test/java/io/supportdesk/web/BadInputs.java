package io.supportdesk.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.web.OpenApiOperations.Operation;
import io.supportdesk.web.OpenApiOperations.Parameter;

/**
 * Generated bad input for one operation: bodies that are no JSON or not an object, each field missing,
 * null, of the wrong type, 1 MB long, full of control characters and odd Unicode, numbers out of every
 * range, extra fields, wrong content types, and path and query values that are malformed. Each
 * generator is sampled with the caller's {@link Random}, so that a seed replays the same requests.
 */
final class BadInputs {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A 1 MB string: beyond every field's limit. */
	static final String HUGE = "x".repeat(1024 * 1024);

	/** Raw JSON string literals (escapes as a client would send them): control characters and odd Unicode. */
	static final List<String> ODD_STRINGS = List.of("\"a\\u0000b\"", "\"\\u0001\\u0007\\u001b[31m\\u007f\"",
			"\"\\ud800\"", "\"x\\udfffy\"", "\"\\u202eevil\\u202c\"", "\"\\ud83d\\ude00\\ud83d\\udc69\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67\"",
			"\"\\ufeff\\u200b\\u2060\"", "\"e\\u0301\\u0301\\u0301\\u0301\"", "\"\\uffff\\ufffe\\ue000\"",
			"\"a\\r\\nBcc: someone@example.com\"", "\"<script>alert(1)</script>\"", "\"   \"", "\"\"");

	/** Raw JSON numbers: negative, zero, beyond int and long, fractions, beyond double. */
	static final List<String> ODD_NUMBERS = List.of("-1", "0", "-2147483649", "2147483648", "9223372036854775808",
			"-9223372036854775809", "1e308", "-1e308", "1e400", "0.5", "-0.0", "1E-400");

	/** Path segments, already percent-encoded: malformed ids of every sort. */
	static final List<String> MALFORMED_SEGMENTS = List.of("not-a-uuid", "-1", "0", "99999999999999999999",
			"%27%20OR%20%271%27%3D%271", "%00", "%0A", "%E2%80%AE", "%F0%9F%98%80", "x".repeat(4000), "null",
			"%7BcaseId%7D", "%ED%A0%80", "%C3%28", "00000000-0000-0000-0000-000000000000", "..%3B", "a%20b");

	/** Query values, already percent-encoded. */
	static final List<String> ODD_QUERY_VALUES = List.of("", "%00", "%0D%0Ax", "%E2%80%AE", "%F0%9F%98%80",
			"%ED%A0%80", "%C3%28", "-1", "99999999999999999999", "1e400", "x".repeat(4000), "%27%3B--", "%25",
			"2030-13-45", "not-a-uuid", "true");

	private BadInputs() {
	}

	/**
	 * One request to try. {@code fields}: a 400 must name one of them (empty: any named field will do;
	 * null: the request is no body or parameter refusal, e.g. a wrong content type).
	 * {@code mustRefuse}: no authorised caller may be served it either.
	 */
	record Attempt(String name, String method, String path, Map<String, String> headers, byte[] body, Set<String> fields,
			boolean mustRefuse) {

		@Override
		public String toString() {
			return method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " [" + name + "]";
		}
	}

	/** How to build the path and a valid request of one operation for one caller. */
	record Target(Operation operation, Map<String, String> ids, Map<String, Object> validBody) {

		String path(Map<String, String> replaced) {
			String path = operation.path();
			for (Parameter parameter : operation.in("path")) {
				String value = replaced.getOrDefault(parameter.name(), ids.get(parameter.name()));
				path = path.replace("{" + parameter.name() + "}", value);
			}
			return path;
		}

		String query(Map<String, String> replaced, Set<String> omitted) {
			List<String> pairs = new ArrayList<>();
			for (Parameter parameter : operation.in("query")) {
				if (omitted.contains(parameter.name())) {
					continue;
				}
				String value = replaced.get(parameter.name());
				if (value == null && parameter.required()) {
					value = exampleValue(parameter.schema());
				}
				if (value != null) {
					pairs.add(parameter.name() + "=" + value);
				}
			}
			return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
		}

		String validUrl() {
			return path(Map.of()) + query(Map.of(), Set.of());
		}
	}

	/** The request that should be served (to tell whether a caller is allowed this operation at all). */
	static Attempt valid(Target target) {
		Operation operation = target.operation();
		return new Attempt("valid", operation.method(), target.validUrl(), headers(operation),
				validBodyBytes(target), Set.of(), false);
	}

	/** Bad bodies, content types and query values of this operation, a sample of each generator. */
	static List<Attempt> bodyAndQuery(Target target, Random random) {
		List<Attempt> attempts = new ArrayList<>();
		Operation operation = target.operation();
		String url = target.validUrl();
		if (operation.takesFile()) {
			multipartBodies(operation, url, attempts);
		}
		else if (operation.takesJson()) {
			jsonBodies(target, url, random, attempts);
		}
		else if (operation.bodyMediaType() != null && operation.bodyMediaType().startsWith("multipart/")) {
			multipartBodies(operation, url, attempts);
		}
		else if (operation.bodyMediaType() != null) {
			String type = operation.bodyMediaType();
			attempts.add(refusal("JSON instead of " + type, operation, url, Map.of("Content-Type", "application/json"),
					bytes("{}"), null));
			attempts.add(new Attempt("garbage " + type, operation.method(), url, Map.of("Content-Type", type),
					new byte[] { 0, (byte) 0xff, (byte) 0xc3, 0x28, '\n', 'x' }, Set.of(), false));
			attempts.add(refusal("1 MB of " + type, operation, url, Map.of("Content-Type", type), bytes(HUGE), Set.of()));
		}
		queryParameters(target, random, attempts);
		return attempts;
	}

	/** Path variables that are malformed or name nothing. */
	static List<Attempt> pathValues(Target target, Random random) {
		List<Attempt> attempts = new ArrayList<>();
		Operation operation = target.operation();
		for (Parameter parameter : operation.in("path")) {
			for (String malformed : sample(MALFORMED_SEGMENTS, 3, random)) {
				attempts.add(new Attempt(parameter.name() + " = " + abbreviate(malformed), operation.method(),
						target.path(Map.of(parameter.name(), malformed)) + target.query(Map.of(), Set.of()),
						headers(operation), validBodyBytes(target), Set.of(parameter.name(), "path"),
						operation.isWrite() || "uuid".equals(parameter.format())));
			}
			if ("uuid".equals(parameter.format())) {
				attempts.add(new Attempt(parameter.name() + " unknown", operation.method(),
						target.path(Map.of(parameter.name(), UUID.randomUUID().toString())) + target.query(Map.of(), Set.of()),
						headers(operation), validBodyBytes(target), Set.of(parameter.name()), true));
			}
		}
		return attempts;
	}

	/** The valid request, with the ids of another tenant in its path. */
	static Attempt otherTenants(Target target, Target other) {
		Operation operation = target.operation();
		return new Attempt("ids of another tenant", operation.method(), other.validUrl(),
				headers(operation), validBodyBytes(target), Set.of(), true);
	}

	private static void jsonBodies(Target target, String url, Random random, List<Attempt> attempts) {
		Operation operation = target.operation();
		Map<String, String> json = Map.of("Content-Type", "application/json");
		String valid = JSON.writeValueAsString(target.validBody());
		boolean objectBody = !"array".equals(OpenApiOperations.resolve(operation.document(), operation.bodySchema())
			.path("type").asString(""));
		Set<String> body = Set.of("body");
		attempts.add(refusal("not JSON", operation, url, json, bytes("{this is not json"), body));
		attempts.add(refusal("truncated JSON", operation, url, json, bytes(valid.substring(0, valid.length() / 2)), Set.of()));
		attempts.add(refusal("JSON nested 5000 deep", operation, url, json,
				bytes("[".repeat(5000) + "]".repeat(5000)), body));
		attempts.add(refusal("invalid UTF-8", operation, url, json, invalidUtf8(valid), Set.of()));
		for (String notAnObject : sample(List.of("[]", "\"text\"", "42", "true"), 1, random)) {
			if (objectBody) {
				attempts.add(refusal("body " + notAnObject, operation, url, json, bytes(notAnObject), body));
			}
		}
		attempts.add(refusal("no content type", operation, url, Map.of(), bytes(valid), null));
		for (String type : sample(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/json; charset=ebcdic-does-not-exist", "*/*", "application/json-seq",
				"text/html; charset=UTF-7"), 2, random)) {
			attempts.add(refusal("content type " + type, operation, url, Map.of("Content-Type", type), bytes(valid), null));
		}
		attempts.add(new Attempt("extra fields", operation.method(), url, json, withExtraFields(target.validBody()), Set.of(),
				false));
		Map<String, JsonNode> properties = operation.properties();
		Set<String> required = operation.required();
		for (String field : sample(new ArrayList<>(properties.keySet()), 4, random)) {
			fieldAttempts(target, url, field, properties.get(field), required.contains(field), random, attempts);
		}
	}

	private static void fieldAttempts(Target target, String url, String field, JsonNode schema, boolean required,
			Random random, List<Attempt> attempts) {
		Operation operation = target.operation();
		Map<String, String> json = Map.of("Content-Type", "application/json");
		Set<String> named = Set.of(field);
		if (required) {
			Map<String, Object> missing = new LinkedHashMap<>(target.validBody());
			missing.remove(field);
			attempts.add(refusal(field + " missing", operation, url, json, bytes(JSON.writeValueAsString(missing)), named));
			attempts.add(refusal(field + " null", operation, url, json, with(target.validBody(), field, "null"), named));
		}
		String type = schema.path("type").asString("object");
		String wrong = switch (type) {
			case "string" -> pick(List.of("12345", "true", "{}", "[\"a\"]", "1.5"), random);
			case "integer", "number" -> pick(List.of("\"12\"", "true", "{}", "[1]", "\"\""), random);
			case "boolean" -> pick(List.of("\"yes\"", "1", "{}", "[true]"), random);
			case "array" -> pick(List.of("\"a\"", "{}", "7"), random);
			default -> pick(List.of("\"a\"", "[]", "7", "false"), random);
		};
		attempts.add(refusal(field + " = " + wrong, operation, url, json, with(target.validBody(), field, wrong), named));
		if ("string".equals(type)) {
			String format = schema.path("format").asString("");
			if (schema.has("enum")) {
				attempts.add(refusal(field + " not one of its values", operation, url, json,
						with(target.validBody(), field, "\"NOT_ONE_OF_THEM\""), named));
			}
			else if (Set.of("uuid", "date", "date-time").contains(format)) {
				String malformed = pick(List.of("\"2030-02-30T25:61:00Z\"", "\"not-a-" + format + "\"", "\"2030-02-30\"",
						"\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01\""), random);
				attempts.add(refusal(field + " = " + malformed, operation, url, json, with(target.validBody(), field, malformed),
						named));
			}
			attempts.add(refusal(field + " 1 MB long", operation, url, json,
					with(target.validBody(), field, "\"" + HUGE + "\""), Set.copyOf(List.of(field, "body"))));
			for (String odd : sample(ODD_STRINGS, 2, random)) {
				attempts.add(new Attempt(field + " = " + abbreviate(odd), operation.method(), url, json,
						with(target.validBody(), field, odd), named, false));
			}
		}
		else if ("integer".equals(type) || "number".equals(type)) {
			for (String odd : sample(ODD_NUMBERS, 2, random)) {
				attempts.add(new Attempt(field + " = " + odd, operation.method(), url, json, with(target.validBody(), field, odd),
						named, false));
			}
		}
		else if ("array".equals(type)) {
			String items = "[" + String.join(",", Collections.nCopies(10_000, "\"x\"")) + "]";
			attempts.add(new Attempt(field + " with 10000 items", operation.method(), url, json,
					with(target.validBody(), field, items), named, false));
		}
	}

	private static void multipartBodies(Operation operation, String url, List<Attempt> attempts) {
		String boundary = "fuzz-boundary";
		Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data; boundary=" + boundary);
		attempts.add(refusal("JSON instead of a file", operation, url, Map.of("Content-Type", "application/json"),
				bytes("{\"file\": \"x\"}"), null));
		attempts.add(refusal("multipart without a boundary", operation, url, Map.of("Content-Type", "multipart/form-data"),
				bytes("--x\r\n\r\n--x--\r\n"), Set.of()));
		attempts.add(refusal("truncated multipart", operation, url, multipart,
				bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc"), Set.of()));
		attempts.add(refusal("multipart without the file part", operation, url, multipart, bytes("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--" + boundary + "--\r\n"), Set.of("file")));
		for (String filename : List.of("../../etc/passwd", "a\u0000b.txt", "\u202etxt.exe", "\ud83d\ude00.txt",
				"x".repeat(2000) + ".txt", "")) {
			attempts.add(new Attempt("file named " + abbreviate(filename), operation.method(), url, multipart,
					multipartFile(boundary, filename), Set.of(), false));
		}
	}

	private static void queryParameters(Target target, Random random, List<Attempt> attempts) {
		Operation operation = target.operation();
		Map<String, String> headers = headers(operation);
		byte[] body = validBodyBytes(target);
		for (Parameter parameter : sample(operation.in("query"), 3, random)) {
			String path = target.path(Map.of());
			Set<String> named = Set.of(parameter.name());
			if (parameter.required()) {
				attempts.add(new Attempt(parameter.name() + " missing", operation.method(),
						path + target.query(Map.of(), Set.of(parameter.name())), headers, body, named, true));
			}
			String type = parameter.type();
			if (!"string".equals(type) || !parameter.format().isEmpty() || parameter.schema().has("enum")) {
				attempts.add(new Attempt(parameter.name() + " of the wrong type", operation.method(),
						path + target.query(Map.of(parameter.name(), "not-a-" + type), Set.of()), headers, body, named, true));
			}
			for (String odd : sample(ODD_QUERY_VALUES, 3, random)) {
				attempts.add(new Attempt(parameter.name() + " = " + abbreviate(odd), operation.method(),
						path + target.query(Map.of(parameter.name(), odd), Set.of()), headers, body, named, false));
			}
			String query = target.query(Map.of(), Set.of(parameter.name()));
			attempts.add(new Attempt(parameter.name() + " twice", operation.method(), path + query
					+ (query.isEmpty() ? "?" : "&") + parameter.name() + "=1&" + parameter.name() + "=2", headers, body, named,
					false));
		}
	}

	private static Attempt refusal(String name, Operation operation, String url, Map<String, String> headers, byte[] body,
			Set<String> fields) {
		return new Attempt(name, operation.method(), url, headers, body, fields, true);
	}

	/** A value for a required parameter the fixtures do not know: the schema's first enum value or an example. */
	static String exampleValue(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		if (schema.has("default")) {
			return schema.get("default").asString();
		}
		return switch (schema.path("type").asString("string")) {
			case "integer", "number" -> "1";
			case "boolean" -> "true";
			default -> switch (schema.path("format").asString("")) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date" -> "2030-01-01";
				case "date-time" -> "2030-01-01T00:00:00Z";
				default -> "x";
			};
		};
	}

	/** A body for an operation the fixtures have none for: its required fields with example values. */
	static Map<String, Object> exampleBody(Operation operation) {
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, JsonNode> properties = operation.properties();
		for (String field : operation.required()) {
			JsonNode schema = properties.get(field);
			if (schema != null) {
				String type = schema.path("type").asString("string");
				body.put(field, switch (type) {
					case "integer" -> 1;
					case "number" -> 1.0;
					case "boolean" -> true;
					case "array" -> List.of();
					case "object" -> Map.of();
					default -> exampleValue(schema);
				});
			}
		}
		return body;
	}

	private static Map<String, String> headers(Operation operation) {
		String mediaType = operation.bodyMediaType();
		if (mediaType == null) {
			return Map.of();
		}
		return Map.of("Content-Type", operation.takesFile() ? "multipart/form-data; boundary=fuzz-boundary" : mediaType);
	}

	private static byte[] validBodyBytes(Target target) {
		String mediaType = target.operation().bodyMediaType();
		if (mediaType == null) {
			return null;
		}
		if (target.operation().takesFile()) {
			return multipartFile("fuzz-boundary", "a.txt");
		}
		if (!mediaType.contains("json")) {
			return bytes("x");
		}
		return bytes(JSON.writeValueAsString(target.validBody()));
	}

	private static byte[] multipartFile(String boundary, String filename) {
		return bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n");
	}

	/** The body with {@code field} set to a raw JSON literal (which may hold escapes no Java string would give). */
	private static byte[] with(Map<String, Object> valid, String field, String rawJson) {
		Map<String, Object> body = new LinkedHashMap<>(valid);
		body.put(field, "@@FUZZ@@");
		return bytes(JSON.writeValueAsString(body).replace("\"@@FUZZ@@\"", rawJson));
	}

	private static byte[] withExtraFields(Map<String, Object> valid) {
		Map<String, Object> body = new LinkedHashMap<>(valid);
		body.put("unexpected", "x");
		body.put("id", UUID.randomUUID().toString());
		body.put("__proto__", Map.of("admin", true));
		body.put("role", "ADMIN");
		return bytes(JSON.writeValueAsString(body));
	}

	private static byte[] invalidUtf8(String valid) {
		byte[] json = bytes(valid.length() > 2 ? valid.substring(0, valid.length() - 1) + ",\"zz\":\"" : "{\"zz\":\"");
		byte[] bad = { (byte) 0xc3, 0x28, (byte) 0xff, '"', '}' };
		byte[] all = new byte[json.length + bad.length];
		System.arraycopy(json, 0, all, 0, json.length);
		System.arraycopy(bad, 0, all, json.length, bad.length);
		return all;
	}

	static <T> List<T> sample(List<T> values, int count, Random random) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(count, copy.size()));
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
