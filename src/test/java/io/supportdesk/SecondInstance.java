package io.supportdesk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Another instance of the application in this JVM, on the test database: a second node, or the next
 * start after a stop or a crash. Its db-scheduler polls every second (a command-line argument, since
 * application.properties outranks default properties), so that tests wait for seconds rather than for
 * polling intervals. Its events are recorded from its very start: its scheduler may fire timers, and
 * its event registry resubmit publications, while its beans are still being created.
 */
public record SecondInstance(ConfigurableApplicationContext context, List<Object> published) implements AutoCloseable {

	public static SecondInstance start(String name) {
		return start(name, new String[0]);
	}

	/** Another instance with settings of its own ({@code name=value}, as on the command line). */
	public static SecondInstance start(String name, String... settings) {
		List<Object> published = new CopyOnWriteArrayList<>();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SupportdeskApplication.class)
			.profiles("test")
			.properties("server.port=0", "db-scheduler.scheduler-name=" + name)
			.listeners((ApplicationEvent event) -> {
				if (event instanceof PayloadApplicationEvent<?> payload) {
					published.add(payload.getPayload());
				}
			})
			.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--db-scheduler.polling-interval=1s"),
					java.util.Arrays.stream(settings).map(setting -> "--" + setting)).toArray(String[]::new));
		return new SecondInstance(context, published);
	}

	@Override
	public void close() {
		context.close();
	}
}
