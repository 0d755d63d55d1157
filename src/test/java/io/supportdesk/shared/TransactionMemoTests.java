package io.supportdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTests {

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			complete();
		}
	}

	@Test
	void withinATransactionTheValueIsComputedOnce() {
		begin();
		assertThat(TransactionMemo.get("key", reads::incrementAndGet)).isEqualTo(1);
		assertThat(TransactionMemo.get("key", reads::incrementAndGet)).isEqualTo(1);
		assertThat(reads).hasValue(1);
	}

	@Test
	void aForgottenKeyIsComputedAgain() {
		begin();
		TransactionMemo.get("key", reads::incrementAndGet);
		TransactionMemo.forget("key");
		assertThat(TransactionMemo.get("key", reads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void theNextTransactionComputesAfresh() {
		begin();
		TransactionMemo.get("key", reads::incrementAndGet);
		complete();
		begin();
		assertThat(TransactionMemo.get("key", reads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aValueWrittenInTheTransactionIsRememberedUntilItEnds() {
		begin();
		TransactionMemo.remember("case", "as written");
		assertThat(TransactionMemo.<String>peek("case")).contains("as written");
		complete();
		begin();
		assertThat(TransactionMemo.peek("case")).isEmpty();
	}

	@Test
	void aSuspendedTransactionsMemoIsNotSeenByTheInnerOne() {
		begin();
		TransactionMemo.remember("case", "outer");
		var suspended = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		assertThat(TransactionMemo.peek("case")).isEmpty();
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		suspended.forEach(TransactionSynchronizationManager::registerSynchronization);
		assertThat(TransactionMemo.<String>peek("case")).contains("outer");
	}

	@Test
	void outsideATransactionNothingIsRemembered() {
		TransactionMemo.remember("case", "as written");
		assertThat(TransactionMemo.peek("case")).isEmpty();
		TransactionMemo.get("key", reads::incrementAndGet);
		assertThat(TransactionMemo.get("key", reads::incrementAndGet)).isEqualTo(2);
	}

	private static void begin() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
	}

	private static void complete() {
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}
}
