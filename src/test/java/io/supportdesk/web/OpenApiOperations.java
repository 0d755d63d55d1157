package io.supportdesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The operations of an OpenAPI 3 document (as springdoc serves it): method, path, parameters and the
 * request body's media type and schema, with {@code $ref}s resolved against the document's components.
 */
final class OpenApiOperations {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private OpenApiOperations() {
	}

	/** One parameter: where it goes ({@code path}, {@code query}, {@code header}), its schema, whether required. */
	record Parameter(String name, String in, JsonNode schema, boolean required) {

		String type() {
			return schema.path("type").asString("string");
		}

		String format() {
			return schema.path("format").asString("");
		}
	}

	/** One operation; {@code bodyMediaType} and {@code bodySchema} are null when it takes no body. */
	record Operation(String method, String path, List<Parameter> parameters, String bodyMediaType, JsonNode bodySchema,
			JsonNode document) {

		String key() {
			return method + " " + path;
		}

		boolean isWrite() {
			return !"GET".equals(method);
		}

		boolean takesJson() {
			return bodyMediaType != null && bodyMediaType.contains("json") && !takesFile();
		}

		/** A file upload: multipart, or documented with a binary property whatever the media type says. */
		boolean takesFile() {
			return bodyMediaType != null && (bodyMediaType.startsWith("multipart/")
					|| properties().values().stream().anyMatch(p -> "binary".equals(p.path("format").asString(""))));
		}

		List<Parameter> in(String where) {
			return parameters.stream().filter(p -> p.in().equals(where)).toList();
		}

		/** The body's top-level properties (name to resolved schema), in the document's order. */
		Map<String, JsonNode> properties() {
			Map<String, JsonNode> properties = new LinkedHashMap<>();
			if (bodySchema != null) {
				resolve(document, bodySchema).path("properties").properties()
					.forEach(p -> properties.put(p.getKey(), resolve(document, p.getValue())));
			}
			return properties;
		}

		Set<String> required() {
			Set<String> required = new TreeSet<>();
			if (bodySchema != null) {
				resolve(document, bodySchema).path("required").valueStream().forEach(n -> required.add(n.asString()));
			}
			return required;
		}

		@Override
		public String toString() {
			return key();
		}
	}

	static List<Operation> of(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			if (METHODS.contains(entry.getKey())) {
				operations.add(operation(document, entry.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
						entry.getValue()));
			}
		}));
		operations.sort(Comparator.comparing(Operation::key));
		return operations;
	}

	private static Operation operation(JsonNode document, String method, String path, JsonNode node) {
		List<Parameter> parameters = new ArrayList<>();
		node.path("parameters").valueStream().map(p -> resolve(document, p)).forEach(p -> parameters.add(new Parameter(
				p.path("name").asString(), p.path("in").asString(), resolve(document, p.path("schema")),
				p.path("required").asBoolean(false))));
		String mediaType = null;
		JsonNode schema = null;
		JsonNode content = node.path("requestBody").path("content");
		if (!content.isMissingNode() && !content.propertyNames().isEmpty()) {
			mediaType = content.propertyNames().iterator().next();
			schema = content.path(mediaType).path("schema");
		}
		return new Operation(method, path, List.copyOf(parameters), mediaType, schema, document);
	}

	/** The schema itself, or the component a {@code $ref} points to. */
	static JsonNode resolve(JsonNode document, JsonNode schema) {
		JsonNode resolved = schema;
		for (int depth = 0; depth < 10 && resolved.has("$ref"); depth++) {
			String ref = resolved.get("$ref").asString();
			JsonNode target = document;
			for (String part : ref.substring(2).split("/")) {
				target = target.path(part);
			}
			resolved = target;
		}
		return resolved;
	}
}
