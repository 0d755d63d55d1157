package io.supportdesk.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers values for the rest of the current transaction. One request that opens a case asks for
 * the organisation's subscriptions and the catalogue's revision several times (entitlement, SLA
 * evaluation, priority queueing), and reads back the case it has just written; none of these can
 * change within the transaction except by its own writes — which must {@link #forget} or
 * {@link #remember} the key. Outside a transaction nothing is remembered. The memo lives in a
 * transaction synchronization, so a suspended outer transaction's memo is not visible to an inner
 * {@code REQUIRES_NEW} one, and it ends with its transaction.
 */
public final class TransactionMemo {

	private TransactionMemo() {
	}

	/** The value remembered under {@code key} in this transaction, computing it the first time. */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> compute) {
		Map<Object, Object> memo = memo(true);
		if (memo == null) {
			return compute.get();
		}
		if (memo.containsKey(key)) {
			return (T) memo.get(key);
		}
		T value = compute.get();
		memo.put(key, value);
		return value;
	}

	/** What this transaction remembers under {@code key}, if anything. */
	@SuppressWarnings("unchecked")
	public static <T> Optional<T> peek(Object key) {
		Map<Object, Object> memo = memo(false);
		return memo == null ? Optional.empty() : Optional.ofNullable((T) memo.get(key));
	}

	/** Remembers a value this transaction has just written (nothing outside a transaction). */
	public static void remember(Object key, Object value) {
		Map<Object, Object> memo = memo(true);
		if (memo != null) {
			memo.put(key, value);
		}
	}

	/** Drops what this transaction remembers under {@code key} (after writing what it was computed from). */
	public static void forget(Object key) {
		Map<Object, Object> memo = memo(false);
		if (memo != null) {
			memo.remove(key);
		}
	}

	private static Map<Object, Object> memo(boolean create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Memo memo) {
				return memo.values;
			}
		}
		if (!create) {
			return null;
		}
		Memo memo = new Memo();
		TransactionSynchronizationManager.registerSynchronization(memo);
		return memo.values;
	}

	/** The values of one transaction, dropped when it completes. */
	private static final class Memo implements TransactionSynchronization {

		private final Map<Object, Object> values = new HashMap<>();

		@Override
		public void afterCompletion(int status) {
			values.clear();
		}
	}
}
