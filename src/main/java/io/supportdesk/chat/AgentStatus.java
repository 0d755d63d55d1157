package io.supportdesk.chat;

/** An agent's chat status: only online agents are offered chats. */
public enum AgentStatus {
	ONLINE, AWAY, OFFLINE
}
