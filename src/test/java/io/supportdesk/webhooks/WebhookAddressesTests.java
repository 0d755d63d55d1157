package io.supportdesk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.supportdesk.shared.InvalidInput;

/** Where deliveries may go when private addresses are not allowed (the default). */
class WebhookAddressesTests {

	private final WebhookAddresses addresses = new WebhookAddresses(
			new WebhookSettings(false, 10, Duration.ofSeconds(10), Duration.ofSeconds(10)));

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/x",
			"http://172.16.0.9/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data",
			"http://100.64.0.1/x", "http://0.0.0.0/x", "http://[::1]/x", "http://[fd00::1]/x", "http://[fe80::1]/x",
			"http://224.0.0.1/x" })
	void anAddressOnTheLocalNetworkOrTheMachineItselfIsRefused(String url) {
		assertThatThrownBy(() -> addresses.check(url)).isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(((InvalidInput) refused).field()).isEqualTo("url"))
			.satisfies(refused -> assertThat(((InvalidInput) refused).refusal().key()).isEqualTo("refusal.webhooks.url.private"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://93.184.216.34/x", "http://user:secret@93.184.216.34/x", "not a url", "https:///x",
			"http://93.184.216.34/x#fragment" })
	void aUrlThatIsNoPlainHttpUrlIsRefused(String url) {
		assertThatThrownBy(() -> addresses.check(url)).isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(((InvalidInput) refused).refusal().key()).isEqualTo("refusal.webhooks.url.invalid"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://93.184.216.34/hooks/supportdesk", "http://8.8.8.8:8080/x", "https://[2606:4700::1111]/x" })
	void aPublicAddressIsAccepted(String url) {
		assertThat(addresses.check(url).toString()).isEqualTo(url);
	}
}
