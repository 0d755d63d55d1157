package io.supportdesk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every support mailbox Supportdesk reads: the main one (configured or the demo's) and those listed
 * under {@code supportdesk.mail.mailboxes[n].*}. Two with the same name (user, host, port, folder) are
 * refused at start: their records of what was read would be one.
 */
@Component
class Mailboxes {

	private final List<Mailbox> all;

	Mailboxes(ObjectProvider<Mailbox> main, MailSettings settings) {
		List<Mailbox> found = new ArrayList<>(main.orderedStream().toList());
		for (int n = 0; n < settings.mailboxes().size(); n++) {
			MailboxSettings listed = settings.mailboxes().get(n);
			if (listed.host() == null || listed.host().isBlank() || listed.username() == null) {
				throw new IllegalStateException("supportdesk.mail.mailboxes[" + n + "] needs a host and a username");
			}
			Mailbox mailbox = listed.mailbox();
			if (found.stream().anyMatch(known -> known.name().equals(mailbox.name()))) {
				throw new IllegalStateException("supportdesk.mail.mailboxes[" + n + "] is " + mailbox.name() + " a second time");
			}
			found.add(mailbox);
		}
		this.all = List.copyOf(found);
	}

	/** The mailboxes, the main one first; empty when inbound mail is off. */
	List<Mailbox> all() {
		return all;
	}

	/** The mailbox of this name, if it is still configured (a quarantined mail may outlive its mailbox). */
	Optional<Mailbox> named(String name) {
		return all.stream().filter(mailbox -> mailbox.name().equals(name)).findFirst();
	}
}
