package io.supportdesk.downloads;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Products and their versions: managers offer products and release versions (GA or early-adopter
 * builds, with Markdown release notes and a support status); readers see what {@link DownloadAccess}
 * opens to them — anything else answers 404, exactly as an id that does not exist. Readers may ask to be
 * told of a product's new versions ({@link #watch}); a release publishes {@link VersionReleased}.
 */
@Service
@Transactional
public class ProductCatalogue {

	private final JdbcClient jdbc;

	private final DownloadAccess access;

	private final ProductReads reads;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductCatalogue(JdbcClient jdbc, DownloadAccess access, ProductReads reads, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.reads = reads;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Offers a product (managers); its name must be unique and is the product subscriptions carry. */
	public ProductId create(CurrentUser actor, NewProduct product) {
		DownloadAccess.requireManager(actor);
		String name = required("name", product.name(), 200);
		String description = optional("description", product.description(), 2000);
		if (reads.productNamed(name).isPresent()) {
			throw new Conflict("name", "refusal.downloads.product.nameTaken", name);
		}
		ProductId id = new ProductId(UUID.randomUUID());
		jdbc.sql("insert into downloads_product (id, name, description, created_at) values (:id, :name, :description, :at)")
			.param("id", id.value()).param("name", name).param("description", description)
			.param("at", Timestamp.from(clock.instant())).update();
		return id;
	}

	/** Releases a version of a product (managers); tells the product's watchers who may see it. */
	public VersionId release(CurrentUser actor, ProductId productId, NewVersion version) {
		ProductView product = product(actor, productId);
		DownloadAccess.requireManager(actor);
		String number = required("version", version.version(), 50);
		String notes = optional("releaseNotes", version.releaseNotes(), 100_000);
		if (product.versions().stream().anyMatch(v -> v.version().equalsIgnoreCase(number))) {
			throw new Conflict("version", "refusal.downloads.version.taken", number);
		}
		Channel channel = version.channel() == null ? Channel.GA : version.channel();
		SupportStatus status = version.supportStatus() == null ? SupportStatus.CURRENT : version.supportStatus();
		Instant now = clock.instant();
		VersionId id = new VersionId(UUID.randomUUID());
		jdbc.sql("""
				insert into downloads_version (id, product_id, version, channel, support_status, release_notes, released_at,
				  created_at) values (:id, :product, :version, :channel, :status, :notes, :released, :now)""")
			.param("id", id.value()).param("product", productId.value()).param("version", number)
			.param("channel", channel.name()).param("status", status.name()).param("notes", notes)
			.param("released", Timestamp.from(version.releasedAt() == null ? now : version.releasedAt()))
			.param("now", Timestamp.from(now)).update();
		events.publishEvent(new VersionReleased(productId, id, product.name(), number, channel));
		return id;
	}

	/** Moves a version along its support life (managers). */
	public VersionView changeSupportStatus(CurrentUser actor, ProductId productId, VersionId versionId,
			SupportStatus status) {
		version(actor, productId, versionId);
		DownloadAccess.requireManager(actor);
		if (status == null) {
			throw new InvalidInput("supportStatus", "refusal.downloads.version.supportStatus");
		}
		jdbc.sql("update downloads_version set support_status = :status where id = :id")
			.param("status", status.name()).param("id", versionId.value()).update();
		return version(actor, productId, versionId);
	}

	/** The products the reader may see, by name, each with the versions they may see. */
	@Transactional(readOnly = true)
	public List<ProductView> products(CurrentUser reader) {
		return reads.products(null).stream().map(product -> visible(reader, product)).flatMap(Optional::stream).toList();
	}

	/** One product as the reader may see it; 404 if they may see none of it. */
	@Transactional(readOnly = true)
	public ProductView product(CurrentUser reader, ProductId id) {
		return reads.products(id).stream().findFirst().flatMap(product -> visible(reader, product))
			.orElseThrow(() -> new NotFound("refusal.notFound.product"));
	}

	/** One version of a product as the reader may see it; 404 if they may not. */
	@Transactional(readOnly = true)
	public VersionView version(CurrentUser reader, ProductId productId, VersionId versionId) {
		return product(reader, productId).versions().stream().filter(v -> v.id().equals(versionId)).findFirst()
			.orElseThrow(() -> new NotFound("refusal.notFound.productVersion"));
	}

	/** Tells the reader of the product's new versions from now on (in the app and by mail). */
	public ProductView watch(CurrentUser reader, ProductId id) {
		product(reader, id);
		jdbc.sql("insert into downloads_watch (product_id, user_id, since) values (:product, :user, :at) on conflict do nothing")
			.param("product", id.value()).param("user", reader.id().value()).param("at", Timestamp.from(clock.instant()))
			.update();
		return product(reader, id);
	}

	/** Stops telling the reader of the product's new versions. */
	public ProductView unwatch(CurrentUser reader, ProductId id) {
		product(reader, id);
		jdbc.sql("delete from downloads_watch where product_id = :product and user_id = :user")
			.param("product", id.value()).param("user", reader.id().value()).update();
		return product(reader, id);
	}

	/**
	 * The watchers of the version's product who may see that version now (an early-adopter build reaches
	 * only the watchers entitled to it; a watcher whose subscription ended hears nothing).
	 */
	@Transactional(readOnly = true)
	public List<UserId> watchersWhoMaySee(ProductId productId, VersionId versionId) {
		return jdbc.sql("select user_id from downloads_watch where product_id = :product order by since")
			.param("product", productId.value()).query(UUID.class).list().stream().map(UserId::new)
			.filter(user -> accounts.findUser(user).filter(UserSummary::enabled).map(ProductCatalogue::actor)
				.map(reader -> maySee(reader, productId, versionId)).orElse(false))
			.toList();
	}

	private boolean maySee(CurrentUser reader, ProductId productId, VersionId versionId) {
		try {
			version(reader, productId, versionId);
			return true;
		}
		catch (NotFound notTheirs) {
			return false;
		}
	}

	private Optional<ProductView> visible(CurrentUser reader, ProductView product) {
		Set<Channel> channels = access.channels(reader, product.name());
		if (channels.isEmpty()) {
			return Optional.empty();
		}
		boolean watching = reads.watching(reader.id(), product.id());
		return Optional.of(new ProductView(product.id(), product.name(), product.description(),
				product.versions().stream().filter(v -> channels.contains(v.channel())).toList(), watching));
	}

	static CurrentUser actor(UserSummary user) {
		return new CurrentUser(user.id(), user.organisationId(), user.email(), user.name(), user.role(), user.language(),
				user.timeZone());
	}

	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "refusal.downloads.required");
		}
		return optional(field, value, max);
	}

	static String optional(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.length() > max) {
			throw new InvalidInput(field, "refusal.downloads.tooLong", max);
		}
		return text;
	}
}
