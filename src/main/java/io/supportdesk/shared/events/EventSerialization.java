package io.supportdesk.shared.events;

import java.lang.ref.WeakReference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * How events are written into the event publication registry: as JSON by the application's own
 * {@link JsonMapper}, as Spring Modulith's Jackson serializer writes them, except that an event
 * published to several asynchronous listeners is written once rather than once per listener. A case
 * opened has three such listeners (mail, webhooks, paging); writing its event three times cost about
 * a twentieth of the request's CPU (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper mapper) {
		return new OncePerEventSerializer(mapper);
	}

	/**
	 * Remembers, per thread, the last event it wrote and its JSON: the registry stores one publication per
	 * listener one after the other on the publishing thread, so the second and later ones reuse it. Events
	 * are immutable records, so the same instance always gives the same JSON.
	 */
	static final class OncePerEventSerializer implements EventSerializer {

		private final JsonMapper mapper;

		private final ThreadLocal<Written> last = new ThreadLocal<>();

		OncePerEventSerializer(JsonMapper mapper) {
			this.mapper = mapper;
		}

		@Override
		public Object serialize(Object event) {
			Written written = last.get();
			if (written != null && written.event.get() == event) {
				return written.json;
			}
			String json = mapper.writeValueAsString(event);
			last.set(new Written(new WeakReference<>(event), json));
			return json;
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			return mapper.readerFor(type).readValue(serialized.toString());
		}

		private record Written(WeakReference<Object> event, String json) {
		}
	}
}
