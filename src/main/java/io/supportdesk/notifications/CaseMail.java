package io.supportdesk.notifications;

import java.time.Clock;
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
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
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
 * A customer who switched case mail off in their account receives none of it, unless their plan has no
 * portal case management (then mail is how support reaches them).
 */
@Component
class CaseMail {

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final SlaManagement sla;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EntitlementCheck entitlements;

	private final Clock clock;

	CaseMail(CaseManagement cases, AccountManagement accounts, SlaManagement sla, MailOutbox outbox,
			MessageSource messages, EntitlementCheck entitlements, Clock clock) {
		this.entitlements = entitlements;
		this.clock = clock;
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
		accounts.findUser(view.requesterId()).filter(UserSummary::enabled).filter(this::wantsCaseMail).ifPresent(requester -> {
			Locale locale = requester.language().locale();
			CaseCommitment commitment = sla.commitment(view);
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
		recipients.values().stream().filter(UserSummary::enabled).filter(this::wantsCaseMail).forEach(recipient -> {
			Locale locale = recipient.language().locale();
			String text = message("mail.reply.text", locale, reply.body(),
					author == null ? message("mail.reply.team", locale) : author, view.reference());
			outbox.enqueue(new OutboundMail("reply:" + view.id() + ":" + replied.at(), recipient.email(), view.id(),
					MailKind.SUPPORT_REPLY,
					message("mail.reply.subject", locale, view.reference(), view.subject()), text, html(text)));
		});
	}

	/**
	 * Whether this customer receives mail about their cases: unless they switched it off in their
	 * account, and always where their plan has no portal case management (mail is their channel then).
	 */
	private boolean wantsCaseMail(UserSummary user) {
		return user.caseMail() || user.organisationId() == null
				|| !entitlements.of(user.organisationId(), clock.instant()).has(Entitlement.PORTAL_CASE_MANAGEMENT);
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
