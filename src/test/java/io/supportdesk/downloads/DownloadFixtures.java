package io.supportdesk.downloads;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.SubscriptionManagement;

/**
 * Test data of the downloads module, through its API: a product of a fresh name with a GA version and an
 * early-adopter build, one small file each, and customers subscribed to it on a plan.
 */
@TestComponent
public class DownloadFixtures {

	private final ProductCatalogue catalogue;

	private final ProductFiles files;

	private final SubscriptionManagement subscriptions;

	private final AccountFixtures accounts;

	private final Clock clock;

	public DownloadFixtures(ProductCatalogue catalogue, ProductFiles files, SubscriptionManagement subscriptions,
			AccountFixtures accounts, Clock clock) {
		this.catalogue = catalogue;
		this.files = files;
		this.subscriptions = subscriptions;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A product with version 1.0 (GA) and 2.0-beta (early adopter), a small file in each. */
	public Catalogue product() {
		CurrentUser system = CurrentUser.system();
		String name = "Proctor Studio " + UUID.randomUUID().toString().substring(0, 8);
		ProductId product = catalogue.create(system, new NewProduct(name, "Exam authoring"));
		VersionId ga = catalogue.release(system, product, new NewVersion("1.0", Channel.GA, SupportStatus.CURRENT,
				"## Fixes\n* faster start", clock.instant().minus(Duration.ofDays(10))));
		VersionId early = catalogue.release(system, product, new NewVersion("2.0-beta", Channel.EARLY_ADOPTER,
				SupportStatus.CURRENT, "Preview", clock.instant().minus(Duration.ofDays(1))));
		FileView gaFile = file(product, ga, "studio-1.0-linux-x64.tar.gz", "linux-x64", "GA build of " + name);
		FileView earlyFile = file(product, early, "studio-2.0-beta-linux-x64.tar.gz", "linux-x64", "Early build of " + name);
		return new Catalogue(name, product, ga, early, gaFile, earlyFile);
	}

	public FileView file(ProductId product, VersionId version, String name, String platform, String content) {
		return files.upload(CurrentUser.system(), product, version, new NewFile(name, platform, null),
				new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	/** A customer organisation with a subscription in force for the product on the plan. */
	public Tenant customerOf(String product, PlanCode plan) {
		Tenant tenant = accounts.tenant();
		Instant now = clock.instant();
		subscriptions.record(CurrentUser.system(), tenant.id(), plan, product, now.minus(Duration.ofDays(30)),
				now.plus(Duration.ofDays(335)));
		return tenant;
	}

	/** A product, its versions and their files. */
	public record Catalogue(String name, ProductId product, VersionId ga, VersionId early, FileView gaFile,
			FileView earlyFile) {
	}
}
