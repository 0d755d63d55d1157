package io.supportdesk.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

import io.supportdesk.accounts.LoginThrottledException;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotEntitled;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.TooLarge;

/**
 * Every failure of an API controller as an RFC 9457 problem detail, mapped here and nowhere else.
 * Input errors name the offending field, both in {@code detail} and in {@code errors}
 * ({@code [{"field": "email", "message": "must be a well-formed email address"}]}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		return invalidInput(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return problem;
	}

	/**
	 * Two changes of the same thing at the same moment (an optimistic version that moved, a lock that
	 * could not be had): the transaction rolled back, so nothing of this request was written; trying
	 * again works.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail concurrentChange(ConcurrencyFailureException ex) {
		log.info("Concurrent change refused: {}", ex.getMessage());
		ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "concurrent-change",
				"Someone else changed this at the same moment; nothing was changed. Reload and try again.");
		problem.setTitle("Changed concurrently");
		return problem;
	}

	/**
	 * What the input checks let through but the database's constraints refuse (a race between two
	 * requests, typically): the transaction rolled back, nothing was written.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail constraintViolated(DataIntegrityViolationException ex) {
		log.warn("A database constraint refused a request", ex);
		return ApiProblems.problem(HttpStatus.CONFLICT, "conflict",
				"The request conflicts with data stored meanwhile; nothing was changed. Reload and try again.");
	}

	@ExceptionHandler(TooLarge.class)
	ProblemDetail tooLarge(TooLarge ex) {
		return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", ex.getMessage());
	}

	@ExceptionHandler(NotEntitled.class)
	ProblemDetail notEntitled(NotEntitled ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.FORBIDDEN, "not-entitled", ex.getMessage());
		problem.setTitle("Not part of your support plan");
		problem.setProperty("entitlement", ex.entitlement());
		problem.setProperty("upgrade", NotEntitled.UPGRADE_INFORMATION);
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage());
	}

	/** Too many wrong current passwords on a password change (sign-in itself is throttled in {@link ApiProblems}). */
	@ExceptionHandler(LoginThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "900")
			.body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "throttled", ex.getMessage()));
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure of an API request", ex);
		return ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
				"Something went wrong on our side; nothing was changed. Please try again.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new FieldProblem(e.getField(), message(e))).sorted().toList();
		if (problems.isEmpty()) {
			problems = List.of(new FieldProblem("body", "is not valid"));
		}
		return ResponseEntity.badRequest().body(invalidInput(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.sorted().toList();
		return ResponseEntity.badRequest().body(invalidInput(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem problem = jsonFailure(ex).map(jackson -> new FieldProblem(path(jackson), "has the wrong type or format"))
			.orElse(new FieldProblem("body", "is not a readable JSON document"));
		return ResponseEntity.badRequest().body(invalidInput(List.of(problem)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
		return ResponseEntity.badRequest().body(invalidInput(List.of(new FieldProblem(name, "has the wrong format"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidInput(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
	}

	static ProblemDetail invalidInput(List<FieldProblem> problems) {
		String detail = problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
		ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", problems);
		return problem;
	}

	/** The outermost Jackson failure that knows where in the document it happened. */
	private static java.util.Optional<JacksonException> jsonFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return java.util.Optional.of(jackson);
			}
		}
		return java.util.Optional.empty();
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String message(FieldError error) {
		return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
	}

	/** One field that is wrong and why. */
	record FieldProblem(String field, String message) implements Comparable<FieldProblem> {

		@Override
		public int compareTo(FieldProblem other) {
			return Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue())
				.compare(Map.entry(field, message), Map.entry(other.field, other.message));
		}
	}
}
