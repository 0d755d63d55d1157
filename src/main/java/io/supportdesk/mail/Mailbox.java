package io.supportdesk.mail;

/** Where the support mailbox is read: the configured server, or the demo's embedded one. */
record Mailbox(String protocol, String host, int port, String username, String password, String folder) {

	/** The mailbox's name in the records of what was read (unique keys are per mailbox). */
	String name() {
		return username + "@" + host + ":" + port + "/" + folder;
	}
}
