package io.supportdesk.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.LoginThrottledException;

/**
 * Security failures on the API as RFC 9457 problem details: 401 (with the accepted schemes), 429 for
 * a throttled account or address, 403 for a role that does not allow the action, 400 for a path the
 * firewall refuses (an encoded line break, slash, percent or {@code ;}).
 */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof LoginThrottledException) {
			response.setHeader("Retry-After", "900");
			write(response, problem(HttpStatus.TOO_MANY_REQUESTS, "throttled", exception.getMessage()));
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Supportdesk\", Bearer realm=\"Supportdesk\"");
		write(response, problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Sign in with HTTP Basic (e-mail and password) or a personal API token (Authorization: Bearer)."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this."));
	}

	/** A request the firewall refuses: on the API a problem naming the path; elsewhere the plain 400 as before. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
			throws IOException {
		if (!request.getRequestURI().startsWith("/api/")) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
				"path: contains characters that are not allowed");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "path", "message",
				"contains characters that are not allowed")));
		write(response, problem);
	}

	/** 429 for an API client over its rate limit, with the seconds until it may send again. */
	void tooManyRequests(HttpServletResponse response, long retryAfterSeconds, String detail) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		write(response, problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", detail));
	}

	static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://supportdesk.io/problems/" + type));
		return problem;
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		json.writeValue(response.getOutputStream(), body);
	}
}
