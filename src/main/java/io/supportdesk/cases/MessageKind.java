package io.supportdesk.cases;

/** Who wrote a message and who sees it. */
public enum MessageKind {
	/** From support, visible to the customer. */
	PUBLIC_REPLY,
	/** From support, visible to staff only. */
	INTERNAL_NOTE,
	/** From the customer. */
	CUSTOMER_REPLY
}
