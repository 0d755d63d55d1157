package io.supportdesk.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.downloads.ProductCatalogue;
import io.supportdesk.downloads.VersionReleased;

/**
 * A new version reaches the product's watchers who may see it (an early-adopter build only those entitled
 * to it), in the app and by mail; after the release's transaction committed, registry-backed.
 */
@Component
class ProductReleases {

	private final ProductCatalogue catalogue;

	private final NotificationInbox inbox;

	ProductReleases(ProductCatalogue catalogue, NotificationInbox inbox) {
		this.catalogue = catalogue;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(VersionReleased released) {
		var version = catalogue.version(io.supportdesk.accounts.CurrentUser.system(), released.productId(),
				released.versionId());
		for (var watcher : catalogue.watchersWhoMaySee(released.productId(), released.versionId())) {
			inbox.deliver(watcher, new Topic(NoticeKind.NEW_VERSION, released.productId().value(),
					abbreviated(released.version()), released.product(), released.channel().name(), version.releasedAt(), null,
					"/portal/downloads/" + released.productId()));
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 20 ? text : text.substring(0, 19) + "…";
	}
}
