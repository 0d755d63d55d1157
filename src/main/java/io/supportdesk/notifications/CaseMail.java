package io.supportdesk.notifications;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseOpened;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.MessageKind;
import io.supportdesk.cases.SupportReplied;
import io.supportdesk.mail.MailKind;
import io.supportdesk.mail.MailOutbox;
import io.supportdesk.mail.OutboundMail;
import io.supportdesk.shared.InstantText;
import io.supportdesk.sla.CaseCommitment;
import io.supportdesk.sla.SlaManagement;

/**
 * The case's mail to its customers, in each recipient's language and zone: the acknowledgement of a
 * new case (its reference and the committed first-response instant; automatic, so it is no first
 * response), and every public reply of support, to the requester and the colleagues the case is
 * shared with. After the case's transaction has committed, in one of its own, recorded in the event
 * publication registry: delivered again after a failure or a crash, and the outbox keeps one mail per
 * cause and recipient. Imported cases are not acknowledged (their customers were answered elsewhere).
 */
@Component
class CaseMail {

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final SlaManagement sla;

	private final MailOutbox outbox;

	private final MessageSource messages;

	CaseMail(CaseManagement cases, AccountManagement accounts, SlaManagement sla, MailOutbox outbox,
			MessageSource messages) {
		this.cases = cases;
		this.accounts = accounts;
		this.sla = sla;
		this.outbox = outbox;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		if (opened.imported()) {
			return;
		}
		CurrentUser system = CurrentUser.system();
		CaseView view = cases.caseView(system, opened.caseId());
		if (view.requesterId() == null) {
			return;
		}
		accounts.findUser(view.requesterId()).filter(UserSummary::enabled).ifPresent(requester -> {
			Locale locale = requester.language().locale();
			CaseCommitment commitment = sla.commitment(system, opened.caseId());
			String promise = commitment.firstResponse() == null ? message("mail.ack.noTarget", locale)
					: message("mail.ack.due", locale,
							InstantText.format(commitment.firstResponse().dueAt(), requester.timeZone(), locale),
							view.severity());
			String text = message("mail.ack.text", locale, requester.name(), view.reference(), view.subject(), promise);
			outbox.enqueue(new OutboundMail("case-opened:" + view.id(), requester.email(), view.id(),
					MailKind.ACKNOWLEDGEMENT, message("mail.ack.subject", locale, view.reference(), view.subject()), text,
					html(text)));
		});
	}

	@ApplicationModuleListener
	void on(SupportReplied replied) {
		CurrentUser system = CurrentUser.system();
		CaseView view = cases.caseView(system, replied.caseId());
		// the public reply the event announces: the latest one at or before its instant
		CaseView.Message reply = view.messages().stream()
			.filter(m -> m.kind() == MessageKind.PUBLIC_REPLY && !m.at().isAfter(replied.at()))
			.reduce((earlier, later) -> later).orElse(null);
		if (reply == null) {
			return;
		}
		String author = reply.authorId() == null ? null
				: accounts.findUser(reply.authorId()).map(UserSummary::name).orElse(null);
		Map<UserId, UserSummary> recipients = new LinkedHashMap<>();
		if (view.requesterId() != null) {
			accounts.findUser(view.requesterId()).ifPresent(user -> recipients.put(user.id(), user));
		}
		cases.sharedWith(system, view.id())
			.forEach(id -> accounts.findUser(id).ifPresent(user -> recipients.put(user.id(), user)));
		recipients.values().stream().filter(UserSummary::enabled).forEach(recipient -> {
			Locale locale = recipient.language().locale();
			String text = message("mail.reply.text", locale, reply.body(),
					author == null ? message("mail.reply.team", locale) : author, view.reference());
			outbox.enqueue(new OutboundMail("reply:" + view.id() + ":" + replied.at(), recipient.email(), view.id(),
					MailKind.SUPPORT_REPLY,
					message("mail.reply.subject", locale, view.reference(), view.subject()), text, html(text)));
		});
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The text as HTML: escaped, a paragraph per blank line, line breaks kept. */
	static String html(String text) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">");
		for (String paragraph : text.split("\\n\\s*\\n")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
		}
		return html.append("</body></html>").toString();
	}
}
