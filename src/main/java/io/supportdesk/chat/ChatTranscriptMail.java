package io.supportdesk.chat;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.mail.MailKind;
import io.supportdesk.mail.MailOutbox;
import io.supportdesk.mail.OutboundMail;
import io.supportdesk.shared.InstantText;

/**
 * A chat's transcript by mail, to the participant who asks — the customer keeping a record of what
 * support said, or staff. The mail is in the reader's language with times in their zone, every message
 * with its author, and goes through the outbox (sent after the commit, retried, in the delivery log).
 * Each request is a mail of its own.
 */
@Service
@Transactional
public class ChatTranscriptMail {

	private final ChatManagement chats;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	ChatTranscriptMail(ChatManagement chats, MailOutbox outbox, MessageSource messages, Clock clock) {
		this.chats = chats;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/** Queues the transcript of a chat the actor may read (404 otherwise) to the actor's address; answers it. */
	public String mailTo(CurrentUser actor, ChatId id) {
		ChatView chat = chats.chat(actor, id);
		Locale locale = actor.language().locale();
		StringBuilder text = new StringBuilder(messages.getMessage("chat.transcript.mail.lead",
				new Object[] { chat.topic(), InstantText.format(chat.startedAt(), actor.timeZone(), locale) }, locale))
			.append("\n\n");
		for (ChatMessage message : chat.transcript()) {
			text.append(InstantText.format(message.at(), actor.timeZone(), locale)).append(" — ").append(message.authorName())
				.append(":\n").append(message.text()).append("\n\n");
		}
		if (chat.transcript().isEmpty()) {
			text.append(messages.getMessage("chat.transcript.mail.empty", null, locale)).append('\n');
		}
		outbox.enqueue(new OutboundMail("chat-transcript:" + id.value() + ":" + actor.id().value() + ":"
				+ clock.instant().toEpochMilli(), actor.email(), null, MailKind.CHAT_TRANSCRIPT,
				messages.getMessage("chat.transcript.mail.subject", new Object[] { chat.topic() }, locale), text.toString(),
				null));
		return actor.email();
	}
}
