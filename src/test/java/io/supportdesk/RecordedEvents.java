package io.supportdesk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Every event the modules publish, as published (synchronously, in order), for tests to inspect. */
@TestComponent
public class RecordedEvents {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(Object event) {
		if (event.getClass().getPackageName().startsWith("io.supportdesk")) {
			events.add(event);
		}
	}

	/** The events of a type whose {@code matches} holds, in publication order. */
	public <T> List<T> of(Class<T> type, java.util.function.Predicate<T> matches) {
		return events.stream().filter(type::isInstance).map(type::cast).filter(matches).toList();
	}
}
