package io.supportdesk.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.supportdesk.shared.InvalidInput;

/**
 * Which URLs deliveries may go to: {@code http} or {@code https}, no user name or password in the URL,
 * and a host whose every address is public — not loopback, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16, where cloud metadata services answer), carrier-grade NAT
 * (100.64/10), unspecified or multicast — unless {@link WebhookSettings#allowPrivateAddresses()}.
 * Checked when an endpoint is registered and again before every delivery (a name may come to point
 * elsewhere); redirects are never followed.
 */
@Component
class WebhookAddresses {

	private final WebhookSettings settings;

	WebhookAddresses(WebhookSettings settings) {
		this.settings = settings;
	}

	/** The URL, if deliveries may go there; refused naming {@code url} otherwise. */
	URI check(String url) {
		if (url == null || url.isBlank() || url.length() > 2000) {
			throw new InvalidInput("url", "refusal.webhooks.url.invalid");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException malformed) {
			throw new InvalidInput("url", "refusal.webhooks.url.invalid");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
				|| uri.getRawFragment() != null) {
			throw new InvalidInput("url", "refusal.webhooks.url.invalid");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException unknown) {
			throw new InvalidInput("url", "refusal.webhooks.url.unknownHost", uri.getHost());
		}
		if (!settings.allowPrivateAddresses()) {
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					throw new InvalidInput("url", "refusal.webhooks.url.private", uri.getHost());
				}
			}
		}
		return uri;
	}

	/** Whether the address is one anybody on the internet could reach. */
	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first != 0 && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
					&& !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
					&& first < 224; // multicast and reserved
		}
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) != 0xfc; // unique local fc00::/7
		}
		return false;
	}
}
