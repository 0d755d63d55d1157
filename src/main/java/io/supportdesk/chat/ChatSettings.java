package io.supportdesk.chat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code supportdesk.chat.*}.
 *
 * @param offerTimeout how long an offered chat waits for the agent to accept before it goes to the next
 * ({@code SUPPORTDESK_CHAT_OFFER_TIMEOUT})
 * @param defaultCapacity how many chats an agent takes at once unless they set otherwise
 * @param listen whether this node listens for the other nodes' chat signals (PostgreSQL
 * {@code LISTEN/NOTIFY}); without it, only this node's own sockets are served
 * @param socketRecheck how often each node rechecks every open chat socket: a socket of a user disabled or
 * removed, or whose password changed, is closed, and so is one whose web session ended (signed out on any node,
 * timed out) ({@code SUPPORTDESK_CHAT_SOCKET_RECHECK})
 */
@ConfigurationProperties("supportdesk.chat")
public record ChatSettings(@DefaultValue("30s") Duration offerTimeout, @DefaultValue("3") int defaultCapacity,
		@DefaultValue("true") boolean listen, @DefaultValue("10s") Duration socketRecheck) {
}
