package io.supportdesk.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an endpoint can subscribe to, by its dotted name ({@code "*"} subscribes to all). Some are for
 * staff endpoints only: who a case is assigned to and the SLA's early warnings are the desk's own
 * business, not the customer's.
 */
public enum WebhookEventType {

	CASE_OPENED("case.opened", false),
	CASE_REPLIED("case.replied", false),
	CASE_CUSTOMER_REPLIED("case.customer_replied", false),
	CASE_WAITING_ON_CUSTOMER("case.waiting_on_customer", false),
	CASE_RESOLVED("case.resolved", false),
	CASE_REOPENED("case.reopened", false),
	CASE_CLOSED("case.closed", false),
	CASE_ASSIGNED("case.assigned", true),
	SLA_WARNING("sla.warning", true),
	SLA_BREACHED("sla.breached", false),
	PAGE_CREATED("page.created", true),
	PAGE_ACKNOWLEDGED("page.acknowledged", true),
	CHAT_STARTED("chat.started", false),
	/** A test call an endpoint's owner sends; nobody subscribes to it. */
	WEBHOOK_TEST("webhook.test", false);

	private final String dotted;

	private final boolean staffOnly;

	WebhookEventType(String dotted, boolean staffOnly) {
		this.dotted = dotted;
		this.staffOnly = staffOnly;
	}

	/** The name on the wire, e.g. {@code case.opened}. */
	public String dotted() {
		return dotted;
	}

	/** Whether only staff endpoints may subscribe to it. */
	public boolean staffOnly() {
		return staffOnly;
	}

	/** Whether an endpoint may subscribe to it by name (the test event is sent on request only). */
	public boolean subscribable() {
		return this != WEBHOOK_TEST;
	}

	/** The type with this dotted name. */
	public static Optional<WebhookEventType> ofDotted(String name) {
		return Arrays.stream(values()).filter(type -> type.dotted.equals(name)).findFirst();
	}
}
