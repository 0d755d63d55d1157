package io.supportdesk.chat;

/** Where a chat stands. */
public enum ChatState {
	/** In the chat queue, offered to nobody. */
	WAITING,
	/** Offered to an agent who has not accepted yet. */
	OFFERED,
	/** An agent accepted it: customer and agent talk. */
	ACTIVE,
	/** Ended by the customer or the agent; its transcript is kept. */
	CLOSED
}
