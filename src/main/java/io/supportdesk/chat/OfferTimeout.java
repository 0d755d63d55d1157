package io.supportdesk.chat;

import java.util.UUID;

/** The timer of an offer: when it fires and the chat is still offered by this offer, it goes to the next agent. */
record OfferTimeout(UUID chatId, int offerNumber) implements java.io.Serializable {

	String instanceId() {
		return "chat-offer|" + chatId + "|" + offerNumber;
	}
}
