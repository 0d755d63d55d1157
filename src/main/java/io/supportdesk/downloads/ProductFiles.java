package io.supportdesk.downloads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.AttachmentStore;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.TooLarge;
import io.supportdesk.shared.Unprocessable;

/**
 * The files of versions: uploaded as a stream straight into the file store (the attachment store's
 * rules: a partial file moved into place when complete), the SHA-256 and size computed on the way
 * ({@link DigestInputStream}), so a file of gigabytes never sits in memory; a checksum given by the
 * uploader is compared and a mismatch keeps nothing. Downloads are opened as streams for whoever may see
 * the version ({@link ProductCatalogue}); each one is audited.
 */
@Service
public class ProductFiles {

	private static final java.util.regex.Pattern PLATFORM = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

	private final ProductCatalogue catalogue;

	private final ProductReads reads;

	private final AttachmentStore store;

	private final JdbcClient jdbc;

	private final DownloadsSettings settings;

	private final Clock clock;

	ProductFiles(ProductCatalogue catalogue, ProductReads reads, Optional<AttachmentStore> store, JdbcClient jdbc,
			DownloadsSettings settings, Clock clock) {
		this.catalogue = catalogue;
		this.reads = reads;
		this.store = store.orElseGet(() -> AttachmentStore.inDirectory(Path.of(settings.directory())));
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Uploads a file to a version (managers). Not one transaction: the content streams into the store first
	 * (minutes for a large file, holding no database connection), then one row records it; a refusal on the
	 * way (too large, checksum mismatch, a name taken meanwhile) removes the content again.
	 */
	public FileView upload(CurrentUser actor, ProductId productId, VersionId versionId, NewFile file, InputStream content) {
		VersionView version = catalogue.version(actor, productId, versionId);
		DownloadAccess.requireManager(actor);
		String name = name(file.name());
		String platform = platform(file.platform());
		String expected = expectedChecksum(file.sha256());
		if (version.files().stream().anyMatch(f -> f.name().equals(name))) {
			throw new Conflict("name", "refusal.downloads.file.nameTaken", name);
		}
		MessageDigest sha256 = sha256();
		LimitedStream counted = new LimitedStream(new DigestInputStream(content, sha256), settings.maxFileSize().toBytes());
		String key = put(counted);
		try {
			String actual = HexFormat.of().formatHex(sha256.digest());
			if (counted.count() == 0) {
				throw new InvalidInput("file", "refusal.downloads.file.empty");
			}
			if (expected != null && !expected.equals(actual)) {
				throw new Unprocessable("sha256", "refusal.downloads.file.checksumMismatch", expected, actual);
			}
			FileId id = new FileId(UUID.randomUUID());
			jdbc.sql("""
					insert into downloads_file (id, version_id, name, platform, size, sha256, storage_key, uploaded_at, uploaded_by)
					values (:id, :version, :name, :platform, :size, :sha256, :key, :at, :by)""")
				.param("id", id.value()).param("version", versionId.value()).param("name", name).param("platform", platform)
				.param("size", counted.count()).param("sha256", actual).param("key", key)
				.param("at", Timestamp.from(clock.instant())).param("by", actor.id().value()).update();
			return new FileView(id, versionId, name, platform, counted.count(), actual, clock.instant());
		}
		catch (RuntimeException refused) {
			delete(key);
			throw refused;
		}
	}

	private String put(LimitedStream content) {
		try {
			return store.put(content);
		}
		catch (LimitedStream.Exceeded tooLarge) {
			throw new TooLarge("refusal.downloads.file.tooLarge", settings.maxFileSize().toMegabytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file the reader may download, with where its content is; 404 for any other. */
	public StoredFile file(CurrentUser reader, FileId id) {
		ProductId product = reads.productOfFile(id).orElseThrow(ProductFiles::notFound);
		ProductView view;
		try {
			view = catalogue.product(reader, product);
		}
		catch (NotFound notTheirs) {
			throw notFound();
		}
		for (VersionView version : view.versions()) {
			for (FileView file : version.files()) {
				if (file.id().equals(id)) {
					return new StoredFile(file, view.name(), version.version(), version.channel());
				}
			}
		}
		throw notFound();
	}

	/** The content of a file (found with {@link #file}), from its first byte; the caller closes it. */
	public InputStream content(StoredFile file) throws IOException {
		String key = jdbc.sql("select storage_key from downloads_file where id = :id").param("id", file.file().id().value())
			.query(String.class).single();
		return store.get(key);
	}

	/**
	 * Records that the reader starts downloading {@code bytes} of the file from {@code rangeStart} (null:
	 * the whole file); answers the audit row's id for {@link #sent}.
	 */
	public UUID audit(CurrentUser reader, StoredFile file, Long rangeStart, long bytes) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into downloads_audit (id, file_id, user_id, organisation_id, at, range_start, bytes_requested)
				values (:id, :file, :user, :organisation, :at, :start, :bytes)""")
			.param("id", id).param("file", file.file().id().value()).param("user", reader.id().value())
			.param("organisation", reader.organisationId() == null ? null : reader.organisationId().value())
			.param("at", Timestamp.from(clock.instant())).param("start", rangeStart).param("bytes", bytes).update();
		return id;
	}

	/** Records how many bytes of an audited download were written to the client. */
	public void sent(UUID audit, long bytes) {
		jdbc.sql("update downloads_audit set bytes_sent = :bytes where id = :id").param("bytes", bytes).param("id", audit)
			.update();
	}

	/** Who downloaded the product's files, newest first (the latest 500; managers). */
	public List<DownloadRecord> audit(CurrentUser actor, ProductId productId) {
		catalogue.product(actor, productId);
		DownloadAccess.requireManager(actor);
		return jdbc.sql("""
				select a.id, a.file_id, f.name, v.version, a.user_id, a.organisation_id, a.at, a.range_start, a.bytes_requested,
				  a.bytes_sent
				from downloads_audit a join downloads_file f on f.id = a.file_id join downloads_version v on v.id = f.version_id
				where v.product_id = :product order by a.at desc, a.id limit 500""")
			.param("product", productId.value())
			.query((rs, n) -> new DownloadRecord(rs.getObject("id", UUID.class), new FileId(rs.getObject("file_id", UUID.class)),
					rs.getString("name"), rs.getString("version"), rs.getObject("user_id", UUID.class), null,
					rs.getObject("organisation_id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getObject("range_start", Long.class), rs.getLong("bytes_requested"), rs.getObject("bytes_sent", Long.class)))
			.list();
	}

	private void delete(String key) {
		try {
			store.delete(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String name(String name) {
		String text = ProductCatalogue.required("name", name, 200);
		if (text.contains("/") || text.contains("\\") || text.equals(".") || text.equals("..")
				|| text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("name", "refusal.downloads.file.name");
		}
		return text;
	}

	private static String platform(String platform) {
		String text = ProductCatalogue.required("platform", platform, 40).toLowerCase(java.util.Locale.ROOT);
		if (!PLATFORM.matcher(text).matches()) {
			throw new InvalidInput("platform", "refusal.downloads.file.platform");
		}
		return text;
	}

	private static String expectedChecksum(String sha256) {
		if (sha256 == null || sha256.isBlank()) {
			return null;
		}
		String hex = sha256.strip().toLowerCase(java.util.Locale.ROOT);
		if (!hex.matches("[0-9a-f]{64}")) {
			throw new InvalidInput("sha256", "refusal.downloads.file.sha256");
		}
		return hex;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NotFound notFound() {
		return new NotFound("refusal.notFound.productFile");
	}

	/** A file a reader may download, with what it belongs to. */
	public record StoredFile(FileView file, String product, String version, Channel channel) {
	}
}
