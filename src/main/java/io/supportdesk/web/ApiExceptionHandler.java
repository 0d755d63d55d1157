package io.supportdesk.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
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
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotEntitled;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.Refused;
import io.supportdesk.shared.TooLarge;
import io.supportdesk.shared.Unprocessable;

/**
 * Every failure of an API controller as an RFC 9457 problem detail, mapped here and nowhere else.
 * Input errors name the offending field, both in {@code detail} and in {@code errors}
 * ({@code [{"field": "email", "message": "must be a well-formed email address"}]}). A refusal of the
 * domain ({@link Refused}) also carries its stable message key as {@code code}
 * ({@code "code": "refusal.cases.status.resolve"}), and its {@code detail} and messages are in the
 * language the request's {@code Accept-Language} prefers among Supportdesk's, else English.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex, HttpServletRequest request) {
		return refused(ex, HttpStatus.NOT_FOUND, "not-found", request);
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex, HttpServletRequest request) {
		ProblemDetail problem = invalidInput(List.of(new FieldProblem(ex.field(), text(ex, request))));
		problem.setProperty("code", ex.refusal().key());
		return problem;
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict ex, HttpServletRequest request) {
		ProblemDetail problem = refused(ex, HttpStatus.CONFLICT, "conflict", request);
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), problem.getDetail())));
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

	@ExceptionHandler(Unprocessable.class)
	ProblemDetail unprocessable(Unprocessable ex, HttpServletRequest request) {
		ProblemDetail problem = refused(ex, HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", request);
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), problem.getDetail())));
		return problem;
	}

	@ExceptionHandler(TooLarge.class)
	ProblemDetail tooLarge(TooLarge ex, HttpServletRequest request) {
		return refused(ex, HttpStatus.CONTENT_TOO_LARGE, "too-large", request);
	}

	@ExceptionHandler(NotEntitled.class)
	ProblemDetail notEntitled(NotEntitled ex, HttpServletRequest request) {
		ProblemDetail problem = refused(ex, HttpStatus.FORBIDDEN, "not-entitled", request);
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

	/**
	 * A query or form parameter whose percent-encoding is no UTF-8 (Tomcat refuses to decode it when the
	 * parameters are first read): 400 naming the parameter, as Tomcat's message gives it.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ProblemDetail undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("Parameter \\[([^\\]]{1,100})\\]")
			.matcher(String.valueOf(ex.getMessage()));
		return invalidInput(List.of(new FieldProblem(name.find() ? name.group(1) : "parameter",
				"is not valid percent-encoded UTF-8")));
	}

	/** A {@code Content-Type} with a wildcard ({@code *}{@code /*}), which Spring refuses to even read: 415. */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex, HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && contentType.contains("*")) {
			return ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Content-Type " + contentType + " is not supported: name the body's type.");
		}
		return unexpected(ex);
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
	protected ResponseEntity<Object> handleMissingServletRequestPart(
			org.springframework.web.multipart.support.MissingServletRequestPartException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidInput(List.of(new FieldProblem(ex.getRequestPartName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidInput(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
	}

	/** A refusal of the domain: its text in the request's language as {@code detail}, its key as {@code code}. */
	private ProblemDetail refused(Refused ex, HttpStatus status, String type, HttpServletRequest request) {
		ProblemDetail problem = ApiProblems.problem(status, type, text(ex, request));
		problem.setProperty("code", ex.refusal().key());
		return problem;
	}

	/** The refusal's text in the request's language (its English text where a translation is missing). */
	private String text(Refused ex, HttpServletRequest request) {
		return messages.getMessage(ex.refusal(), locale(request));
	}

	/**
	 * The language an API client reads: the first of Supportdesk's languages its {@code Accept-Language}
	 * names, else English. Unlike pages, neither a cookie nor the user's preference count: a client's
	 * answers depend only on its request.
	 */
	static Locale locale(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Language.EN.locale();
		}
		return Collections.list(request.getLocales()).stream().map(l -> Language.ofCode(l.getLanguage()))
			.flatMap(java.util.Optional::stream).findFirst().orElse(Language.EN).locale();
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
