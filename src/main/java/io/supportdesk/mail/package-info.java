/**
 * Mail: the outbound channel. Other modules hand a mail to {@link io.supportdesk.mail.MailOutbox} inside
 * their own transaction; it is stored in the outbox ({@code mail_outbox}) in that transaction, once per
 * cause and recipient, and sent after the commit by a db-scheduler task on one instance at a time, with
 * retries and backoff; its state (queued, sent, failed) shows on the case for staff and in the console's
 * delivery log. With the {@code demo} profile and no SMTP settings an embedded GreenMail server takes the
 * mail (SMTP and IMAP on localhost). Inbound: the support mailboxes are read over IMAP (polling, and
 * IDLE where the server offers it); each message, exactly once, opens a case, answers one, or waits in
 * the quarantine ({@link io.supportdesk.mail.MailInbox}) for staff to decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "accounts", "cases", "shared" })
package io.supportdesk.mail;
