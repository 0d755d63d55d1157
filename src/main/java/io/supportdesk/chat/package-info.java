/**
 * Live chat: a customer of an organisation entitled to live chat starts a chat
 * ({@link io.supportdesk.chat.ChatManagement}); it waits in the chat queue, ordered by priority queueing
 * then waiting time, and is offered to an online agent with free capacity, preferring the chat's language
 * ({@link io.supportdesk.chat.ChatRouting}); an offer not accepted in time goes to the next agent. Every
 * message is stored with a per-chat sequence number before it is delivered; delivery to the sockets of
 * every node goes through PostgreSQL {@code LISTEN/NOTIFY}. A chat keeps its transcript and can be
 * converted into a case (opened at the chat's start, the agent's first message its first public reply)
 * or attached to an existing one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat",
		allowedDependencies = { "accounts", "plans", "cases", "sla", "mail", "shared" })
package io.supportdesk.chat;
