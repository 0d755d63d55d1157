package io.supportdesk.chat;

/**
 * The sockets connected to this node: the fan-out hands every stored signal to them. Implemented by the
 * WebSocket layer ({@code chat.web}).
 */
public interface ChatSubscribers {

	/** Delivers a signal of a chat to this node's subscribers of that chat. */
	void deliver(ChatSignal signal);

	/** Tells an agent connected to this node that a chat was offered to them (or the offer ended). */
	void offerChanged(java.util.UUID agentId, java.util.UUID chatId);
}
