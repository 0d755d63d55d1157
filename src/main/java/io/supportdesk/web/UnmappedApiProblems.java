package io.supportdesk.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of an API request before any controller is chosen — no representation the client accepts
 * (406), a method the path does not take (405), a multipart body that cannot be parsed (400, naming
 * {@code file}) — as problem details: {@link ApiExceptionHandler} only
 * sees requests that reached a controller.
 */
@Component
class UnmappedApiProblems implements HandlerExceptionResolver, Ordered {

	private final ApiProblems problems;

	UnmappedApiProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (handler == null && request.getRequestURI().startsWith("/api/")
				&& ex instanceof org.springframework.web.multipart.MultipartException
				&& !(ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException)) {
			// no boundary, a truncated body, a file name with a NUL: parsed before any controller is chosen
			try {
				problems.write(response, ApiExceptionHandler.invalidInput(List.of(new ApiExceptionHandler.FieldProblem("file",
						"is not a readable multipart/form-data body"))));
				return new ModelAndView();
			}
			catch (IOException failed) {
				return null;
			}
		}
		if (handler != null || !request.getRequestURI().startsWith("/api/") || !(ex instanceof ErrorResponse error)) {
			return null;
		}
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		if (status == null || !status.is4xxClientError()) {
			return null;
		}
		try {
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			problems.write(response, ApiProblems.problem(status, "request", error.getBody().getDetail()));
			return new ModelAndView();
		}
		catch (IOException failed) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
