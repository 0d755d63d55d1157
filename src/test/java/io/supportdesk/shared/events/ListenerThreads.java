package io.supportdesk.shared.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseOpened;

/**
 * An asynchronous listener like the modules' own (mail, webhooks, paging): it notes on which thread
 * each opened case was announced to it, so a test can tell which executor runs such listeners.
 */
@TestComponent
public class ListenerThreads {

	private final Map<CaseId, String> threads = new ConcurrentHashMap<>();

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		threads.put(opened.caseId(), Thread.currentThread().getName());
	}

	/** The thread that ran the listener for this case, if it has run. */
	public String of(CaseId id) {
		return threads.get(id);
	}
}
