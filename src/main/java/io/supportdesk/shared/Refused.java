package io.supportdesk.shared;

import java.util.Objects;

/**
 * A request refused for what it asks: the common shape of {@link InvalidInput}, {@link Conflict},
 * {@link NotFound}, {@link NotEntitled} and {@link TooLarge}. The reason is a {@link Refusal} (a message
 * key with arguments) that pages and problem details render in the reader's language; the exception's
 * message is its English text, for logs.
 */
public abstract class Refused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Refusal refusal;

	protected Refused(Refusal refusal) {
		super(Objects.requireNonNull(refusal, "refusal").english());
		this.refusal = refusal;
	}

	/** Why the request was refused, as a message key with arguments. */
	public Refusal refusal() {
		return refusal;
	}
}
