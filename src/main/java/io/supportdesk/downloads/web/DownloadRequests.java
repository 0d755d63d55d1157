package io.supportdesk.downloads.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.supportdesk.downloads.Channel;
import io.supportdesk.downloads.NewProduct;
import io.supportdesk.downloads.NewVersion;
import io.supportdesk.downloads.SupportStatus;

/** The request bodies of the downloads API. */
final class DownloadRequests {

	private DownloadRequests() {
	}

	/** A product to offer: {@code name} is the product subscriptions carry. */
	record ProductBody(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description) {

		NewProduct product() {
			return new NewProduct(name, description);
		}
	}

	/** A version to release. */
	record VersionBody(@NotBlank @Size(max = 50) String version, Channel channel, SupportStatus supportStatus,
			@Size(max = 100000) String releaseNotes, Instant releasedAt) {

		NewVersion newVersion() {
			return new NewVersion(version, channel, supportStatus, releaseNotes, releasedAt);
		}
	}

	/** Where a version stands in its support life. */
	record SupportStatusBody(@NotNull SupportStatus supportStatus) {
	}
}
