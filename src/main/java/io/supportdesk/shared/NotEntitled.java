package io.supportdesk.shared;

import java.util.Objects;

/**
 * The organisation's support plan does not include what was asked for; answers 403 with the reason
 * ("Live chat is part of Premier and Proctored exam 24x7 support; your organisation has Standard")
 * and where to read about upgrading.
 */
public class NotEntitled extends Refused {

	private static final long serialVersionUID = 1L;

	/** Where customers read about plans and upgrades. */
	public static final String UPGRADE_INFORMATION = "/portal/plan#upgrade";

	private final String entitlement;

	/** {@code entitlement} is missing, for the reason the refusal {@code key} explains with its {@code arguments}. */
	public NotEntitled(String entitlement, String key, Object... arguments) {
		super(Refusal.of(key, arguments));
		this.entitlement = Objects.requireNonNull(entitlement);
	}

	/** The entitlement's code, e.g. {@code LIVE_CHAT}. */
	public String entitlement() {
		return entitlement;
	}
}
