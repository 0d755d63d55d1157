package io.supportdesk.accounts;

/** A password reset with a link that is expired, used or unknown ({@link #state()} says which). */
public class ResetLinkUnusable extends RuntimeException {

	private final ResetLinkState state;

	ResetLinkUnusable(ResetLinkState state) {
		super("This password reset link cannot be used: " + state.name().toLowerCase(java.util.Locale.ROOT));
		this.state = state;
	}

	public ResetLinkState state() {
		return state;
	}
}
