package io.supportdesk.shared;

/**
 * A resource does not exist, or the asking user may not know that it exists. Both answer 404, so
 * that nobody can probe another tenant's identifiers.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}
}
