package io.supportdesk.shared;

/**
 * A resource does not exist, or the asking user may not know that it exists. Both answer 404, so
 * that nobody can probe another tenant's identifiers. The refusal key names what was not found
 * ({@code refusal.notFound.case}).
 */
public class NotFound extends Refused {

	private static final long serialVersionUID = 1L;

	public NotFound(String key, Object... arguments) {
		super(Refusal.of(key, arguments));
	}
}
