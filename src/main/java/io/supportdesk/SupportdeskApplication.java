package io.supportdesk;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Supportdesk: the service desk for vendors that sell support programmes.
 *
 * <p>Each top-level package below {@code io.supportdesk} is an application module (see
 * {@code docs/architecture.md}); {@code shared} holds the few value types used by most of them.
 *
 * <p>Post-commit listeners ({@code @ApplicationModuleListener}) run asynchronously ({@code @EnableAsync},
 * on Boot's task executor), so that their failure never fails the request that published the event;
 * the event publication registry records each delivery until it completes.
 */
@SpringBootApplication
@EnableAsync
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SupportdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(SupportdeskApplication.class, args);
	}

	/**
	 * The one clock of the application; tests replace it with a clock they move. It ticks in
	 * microseconds, PostgreSQL's precision, so an instant read back equals the instant written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
	}
}
