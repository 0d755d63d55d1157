package io.supportdesk.accounts;

import io.supportdesk.shared.Refusal;
import io.supportdesk.shared.Refused;

/** A password reset with a link that is expired, used or unknown ({@link #state()} says which). */
public class ResetLinkUnusable extends Refused {

	private static final long serialVersionUID = 1L;

	private final ResetLinkState state;

	ResetLinkUnusable(ResetLinkState state) {
		super(Refusal.of("refusal.accounts.resetLink.unusable", Refusal.term("refusal.term.resetLink." + state)));
		this.state = state;
	}

	public ResetLinkState state() {
		return state;
	}
}
