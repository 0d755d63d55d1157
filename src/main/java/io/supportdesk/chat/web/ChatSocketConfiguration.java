package io.supportdesk.chat.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * STOMP over WebSocket at {@code /chat-socket}, for signed-in users only (the handshake is a request of
 * the web session: its cookie authenticates it; same origin only; the socket is closed when that session ends,
 * see {@link ChatSockets}). Clients send to {@code /app/…}
 * and subscribe to {@code /topic/chats/{chatId}} (messages, typing, read markers, state changes) and,
 * agents, {@code /topic/agents/{userId}} (offers); every SUBSCRIBE and SEND is authorised by
 * {@link ChatSocketAuthorisation}. The in-memory broker serves this node's sockets; the nodes reach
 * each other through the chat module's PostgreSQL fan-out.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class ChatSocketConfiguration implements WebSocketMessageBrokerConfigurer {

	static final String ENDPOINT = "/chat-socket";

	private final ChatSocketAuthorisation authorisation;

	private final ChatSockets sockets;

	ChatSocketConfiguration(ChatSocketAuthorisation authorisation, ChatSockets sockets) {
		this.authorisation = authorisation;
		this.sockets = sockets;
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		registration.addDecoratorFactory(sockets);
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint(ENDPOINT).addInterceptors(webSessionId());
	}

	/** Keeps the id of the web session a socket is opened from (and nothing else of it): the socket lives as long. */
	private static HttpSessionHandshakeInterceptor webSessionId() {
		HttpSessionHandshakeInterceptor interceptor = new HttpSessionHandshakeInterceptor();
		interceptor.setCopyAllAttributes(false);
		interceptor.setCopyHttpSessionId(true);
		return interceptor;
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.enableSimpleBroker("/topic");
		registry.setApplicationDestinationPrefixes("/app");
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(authorisation);
	}
}
