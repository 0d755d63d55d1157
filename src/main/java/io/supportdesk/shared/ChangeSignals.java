package io.supportdesk.shared;

/**
 * Which reference data — plans, calendars, subscriptions — may have changed, as every node learns it,
 * so that a node can keep what it read of them and skip the statement that would re-check it.
 *
 * <p>A change is announced by PostgreSQL itself: a trigger on each of the tables calls
 * {@code pg_notify} in the changing transaction, PostgreSQL delivers the notification to every
 * listening node when that transaction commits, and the node moves the topic's {@link #generation}.
 * A writer on this node also calls {@link #changing}, so its own node re-reads at once and again when
 * its transaction ends. Another node learns of a commit as fast as PostgreSQL delivers notifications
 * (milliseconds): a reader there may use the data as it was just before. A node that is not listening
 * (starting, or its connection lost) answers {@link #UNKNOWN}, and nothing may be kept on it.
 */
public interface ChangeSignals {

	/** The generation of a node that cannot tell whether anything changed: re-read everything. */
	long UNKNOWN = -1;

	/** What can change. */
	enum Topic {
		PLANS, CALENDARS, SUBSCRIPTIONS
	}

	/**
	 * A number that is different whenever the topic's data may have changed since it was last the same
	 * number; {@link #UNKNOWN} when this node cannot tell, and in a transaction that changes the topic
	 * (it reads its own writes, which nobody else may be given). Read it before reading the data, and
	 * keep the data only together with the number it was read under, and never under {@link #UNKNOWN}.
	 */
	long generation(Topic topic);

	/**
	 * This transaction changes the topic's data: readers on this node re-read at once, and again when
	 * the transaction ends.
	 */
	void changing(Topic topic);
}
