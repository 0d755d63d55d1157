package io.supportdesk;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Browser tests never pass on CI by skipping: without a browser they fail there, and skip elsewhere. */
class BrowserRequirementTest {

	@Test
	void withoutABrowserACiRunFails() {
		assertThatThrownBy(() -> Browser.requireOrSkip(false, Map.of("CI", "true")))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("CI=true");
	}

	@Test
	void withoutABrowserADevelopersRunSkipsSayingHowToInstallOne() {
		assertThatThrownBy(() -> Browser.requireOrSkip(false, Map.of()))
			.isInstanceOf(TestAbortedException.class).hasMessageContaining("apt-get install -y chromium chromium-driver");
	}

	@Test
	void withABrowserEveryRunGoesOn() {
		assertThatCode(() -> Browser.requireOrSkip(true, Map.of("CI", "true"))).doesNotThrowAnyException();
		assertThatCode(() -> Browser.requireOrSkip(true, Map.of())).doesNotThrowAnyException();
	}
}
