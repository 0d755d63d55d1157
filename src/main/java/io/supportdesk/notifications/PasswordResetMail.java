package io.supportdesk.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.supportdesk.shared.PublicUrl;
import io.supportdesk.accounts.ResetLinkCourier;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.mail.MailKind;
import io.supportdesk.mail.MailOutbox;
import io.supportdesk.mail.OutboundMail;
import io.supportdesk.shared.InstantText;

/**
 * Mails a password reset link to the user who asked for it, in their language and zone, through the
 * outbox in the transaction that issued the link (sent after it commits; the link's text is erased from
 * the outbox once the mail is sent). The link is absolute: {@code supportdesk.public-url} followed by
 * {@code /login/reset/{token}}.
 */
@Component
class PasswordResetMail implements ResetLinkCourier {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	PasswordResetMail(MailOutbox outbox, MessageSource messages,
			@Value(PublicUrl.PROPERTY) String publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = new PublicUrl(publicUrl);
	}

	@Override
	public boolean available() {
		return outbox.sending();
	}

	@Override
	public void carry(UserSummary user, String token, Instant expiresAt) {
		Locale locale = user.language().locale();
		String text = messages.getMessage("mail.passwordReset.text", new Object[] { user.name(),
				publicUrl.link("/login/reset/" + token), InstantText.format(expiresAt, user.timeZone(), locale) }, locale);
		// every request its own mail: the cause is unique, the newest link is the one that works
		outbox.enqueue(new OutboundMail("password-reset:" + UUID.randomUUID(), user.email(), null,
				MailKind.PASSWORD_RESET, messages.getMessage("mail.passwordReset.subject", null, locale), text,
				CaseMail.html(text)));
	}
}
