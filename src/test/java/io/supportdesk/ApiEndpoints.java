package io.supportdesk;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/**} endpoint of the running application, found from its handler mappings, so that
 * tests that must cover "every endpoint" cover new ones without being edited.
 */
public final class ApiEndpoints {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private ApiEndpoints() {
	}

	/** One HTTP method on one path pattern, with its request body type if it takes one. */
	public record Endpoint(RequestMethod method, String pattern, Class<?> bodyType) {

		public List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		public boolean isWrite() {
			return method == RequestMethod.POST || method == RequestMethod.PUT || method == RequestMethod.PATCH;
		}

		/** The path with every variable replaced by {@code values.apply(name)}. */
		public String path(java.util.function.Function<String, String> values) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, Matcher.quoteReplacement(values.apply(matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		public List<RecordComponent> bodyComponents() {
			return bodyType != null && bodyType.isRecord() ? List.of(bodyType.getRecordComponents()) : List.of();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("io.supportdesk") && info.getPathPatternsCondition() != null) {
				for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
					if (pattern.startsWith("/api/")) {
						for (RequestMethod method : info.getMethodsCondition().getMethods()) {
							endpoints.add(new Endpoint(method, pattern, bodyType(handler).orElse(null)));
						}
					}
				}
			}
		});
		endpoints.sort(Comparator.comparing(Endpoint::toString));
		return endpoints;
	}

	private static Optional<Class<?>> bodyType(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return Optional.of(parameter.getParameterType());
			}
		}
		return Optional.empty();
	}
}
