package io.supportdesk.chat.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

import io.supportdesk.chat.ChatSignal;
import io.supportdesk.chat.ChatSubscribers;

/** Hands the fan-out's signals to this node's STOMP subscribers. */
@Component
class StompDelivery implements ChatSubscribers {

	private final SimpMessageSendingOperations broker;

	StompDelivery(SimpMessageSendingOperations broker) {
		this.broker = broker;
	}

	@Override
	public void deliver(ChatSignal signal) {
		broker.convertAndSend("/topic/chats/" + signal.chatId(), signal);
	}

	@Override
	public void offerChanged(UUID agentId, UUID chatId) {
		broker.convertAndSend("/topic/agents/" + agentId, (Object) Map.of("chatId", chatId.toString()));
	}
}
