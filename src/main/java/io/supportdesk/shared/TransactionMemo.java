package io.supportdesk.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a value for the rest of the current transaction: one request that opens a case asks for
 * the organisation's subscriptions and the catalogue's revision several times (entitlement, SLA
 * evaluation, priority queueing), and the answer cannot change within the transaction except by its
 * own writes — which must {@link #forget} the key. Outside a transaction nothing is remembered.
 */
public final class TransactionMemo {

	private static final Object RESOURCE = new Object();

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

	/** Drops what this transaction remembers under {@code key} (after writing what it was computed from). */
	public static void forget(Object key) {
		Map<Object, Object> memo = memo(false);
		if (memo != null) {
			memo.remove(key);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, Object> memo(boolean create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
		if (memo == null && create) {
			Map<Object, Object> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
				}
			});
			memo = fresh;
		}
		return memo;
	}
}
