package io.supportdesk.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The registry's serializer writes an event published to several listeners once, and reads it back whole. */
class EventSerializationTests {

	record Announced(String subject, Instant at) {
	}

	final EventSerialization.OncePerEventSerializer serializer = new EventSerialization.OncePerEventSerializer(
			JsonMapper.builder().build());

	@Test
	void theSameEventForAnotherListenerReusesTheJsonWrittenForTheFirst() {
		Announced event = new Announced("Exam room 4 froze", Instant.parse("2026-12-04T09:00:00Z"));

		Object first = serializer.serialize(event);
		Object second = serializer.serialize(event);

		assertThat(second).as("the very same text, not written again").isSameAs(first);
	}

	@Test
	void anotherEventIsWrittenAfreshEvenWhenEqual() {
		Object first = serializer.serialize(new Announced("A", Instant.parse("2026-12-04T09:00:00Z")));
		Object other = serializer.serialize(new Announced("B", Instant.parse("2026-12-04T09:00:00Z")));
		Object equal = serializer.serialize(new Announced("B", Instant.parse("2026-12-04T09:00:00Z")));

		assertThat(other).isNotEqualTo(first);
		assertThat(equal).as("an equal but distinct event is written again").isNotSameAs(other).isEqualTo(other);
	}

	@Test
	void whatWasWrittenReadsBackAsTheEvent() {
		Announced event = new Announced("Exam room 4 froze", Instant.parse("2026-12-04T09:00:00Z"));

		assertThat(serializer.deserialize(serializer.serialize(event), Announced.class)).isEqualTo(event);
	}
}
