package io.supportdesk.cases;

import java.io.BufferedInputStream;
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

import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Files attached to cases: size-limited, content type detected from the content (Apache Tika), stored
 * outside the database rows, and readable by whoever may read the case. Content written for a
 * transaction that rolls back is removed again.
 */
@Service
@Transactional
public class CaseAttachments {

	private final CaseManagement cases;

	private final AttachmentStore store;

	private final JdbcClient jdbc;

	private final CasesSettings settings;

	private final Clock clock;

	private final Tika tika = new Tika();

	CaseAttachments(CaseManagement cases, Optional<AttachmentStore> store, JdbcClient jdbc, CasesSettings settings,
			Clock clock) {
		this.cases = cases;
		this.store = store.orElseGet(() -> new FileSystemAttachmentStore(Path.of(settings.attachmentDirectory())));
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Attaches a file to a case the actor may add to (see {@link CaseManagement#requireContributor}). */
	public AttachmentView attach(CurrentUser actor, CaseId caseId, String filename, InputStream content) {
		return store(actor, caseId, filename, content, settings.maxAttachmentSize().toBytes());
	}

	/**
	 * Attaches the original of a mail as it was received (an {@code .eml} file), so that nothing of it is
	 * lost whatever became of its parts. It is limited by the mail channel's largest message
	 * ({@code limit}, in bytes), not by the attachment limit: a mail carrying a file over that limit is
	 * still kept whole.
	 */
	public AttachmentView attachOriginal(CurrentUser actor, CaseId caseId, String filename, InputStream content,
			long limit) {
		return store(actor, caseId, filename, content, limit);
	}

	/** The largest file {@link #attach} accepts, in bytes. */
	public long maxAttachmentSize() {
		return settings.maxAttachmentSize().toBytes();
	}

	private AttachmentView store(CurrentUser actor, CaseId caseId, String filename, InputStream content, long limit) {
		cases.requireContributor(actor, caseId);
		StoredFile file = keep(filename, content, limit);
		AttachmentView view = new AttachmentView(UUID.randomUUID(), caseId, file.filename(), file.contentType(), file.size(),
				file.sha256(), Actor.of(actor).user(), clock.instant());
		insert(view, file.key());
		return view;
	}

	/**
	 * Keeps a file under the rules of case attachments — a file name (400, {@code file}), at most
	 * {@link #maxAttachmentSize()} (413), its type detected from the content — without attaching it to a case
	 * yet: for a module that holds files until it hands them to a case (a live chat's). Content kept for a
	 * transaction that rolls back is removed again. Whoever calls decides who may keep files.
	 */
	public StoredFile keep(String filename, InputStream content) {
		return keep(filename, content, settings.maxAttachmentSize().toBytes());
	}

	/** The content of a file kept with {@link #keep} (whoever calls decides who may read it). */
	@Transactional(readOnly = true)
	public InputStream content(StoredFile file) throws IOException {
		return store.get(file.key());
	}

	/**
	 * Attaches a file kept earlier ({@link #keep}) to a case the actor may add to, as uploaded by
	 * {@code uploadedBy} at {@code uploadedAt} (a chat's file: its author, when it was sent). The content is
	 * not copied: the attachment names the same stored content.
	 */
	public AttachmentView attachStored(CurrentUser actor, CaseId caseId, StoredFile file, UserId uploadedBy,
			java.time.Instant uploadedAt) {
		cases.requireContributor(actor, caseId);
		AttachmentView view = new AttachmentView(UUID.randomUUID(), caseId, file.filename(), file.contentType(), file.size(),
				file.sha256(), uploadedBy, uploadedAt);
		insert(view, file.key());
		return view;
	}

	/**
	 * The type an attachment is served as: its detected type when a browser would not run it (PDF, images,
	 * plain text, CSV, ZIP, JSON), else {@code application/octet-stream} — HTML, SVG, XML and scripts are
	 * never rendered.
	 */
	public static String servedType(String detected) {
		return INERT.contains(detected) ? detected : "application/octet-stream";
	}

	/** Types served as they are; anything else goes out as an opaque download. */
	private static final java.util.Set<String> INERT = java.util.Set.of("application/pdf", "image/png", "image/jpeg",
			"image/gif", "image/webp", "text/plain", "text/csv", "application/zip", "application/json",
			"application/octet-stream");

	private StoredFile keep(String filename, InputStream content, long limit) {
		String name = safeName(filename);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			BufferedInputStream buffered = new BufferedInputStream(content);
			String type = tika.detect(buffered, name);
			LimitedStream limited = new LimitedStream(new DigestInputStream(buffered, sha256), limit);
			String key = store.put(limited);
			removeOnRollback(key);
			return new StoredFile(key, name, type, limited.count(), HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(CurrentUser actor, CaseId caseId) {
		cases.caseView(actor, caseId);
		return jdbc.sql("select * from cases_attachment where case_id = :case order by uploaded_at")
			.param("case", caseId.value()).query((rs, n) -> view(rs)).list();
	}

	/** An attachment's metadata and content, if the actor may read its case. */
	@Transactional(readOnly = true)
	public Download download(CurrentUser actor, CaseId caseId, UUID attachmentId) throws IOException {
		cases.caseView(actor, caseId);
		var row = jdbc.sql("select *, storage_key from cases_attachment where id = :id and case_id = :case")
			.param("id", attachmentId).param("case", caseId.value())
			.query((rs, n) -> new Download(view(rs), null, rs.getString("storage_key"))).optional()
			.orElseThrow(() -> new NotFound("refusal.notFound.attachment"));
		return new Download(row.attachment(), store.get(row.key()), row.key());
	}

	/** Which organisation an attachment belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID attachmentId) {
		return jdbc.sql("""
				select c.organisation_id from cases_attachment a join cases_case c on c.id = a.case_id where a.id = :id""")
			.param("id", attachmentId).query(UUID.class).optional().map(OrganisationId::new);
	}

	/** An attachment with its content. */
	public record Download(AttachmentView attachment, InputStream content, String key) {
	}

	private void insert(AttachmentView view, String key) {
		jdbc.sql("""
				insert into cases_attachment (id, case_id, filename, content_type, size_bytes, sha256, storage_key,
				  uploaded_by, uploaded_at)
				values (:id, :case, :filename, :type, :size, :sha, :key, :by, :at)""")
			.param("id", view.id()).param("case", view.caseId().value()).param("filename", view.filename())
			.param("type", view.contentType()).param("size", view.size()).param("sha", view.sha256()).param("key", key)
			.param("by", view.uploadedBy() == null ? null : view.uploadedBy().value())
			.param("at", Timestamp.from(view.uploadedAt())).update();
	}

	private void removeOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							store.delete(key);
						}
						catch (IOException ignored) {
							// an orphaned file is harmless; nothing refers to it
						}
					}
				}
			});
		}
	}

	private static AttachmentView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID by = rs.getObject("uploaded_by", UUID.class);
		return new AttachmentView(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				by == null ? null : new UserId(by), rs.getTimestamp("uploaded_at").toInstant());
	}

	/** The file's own name, without any path, at most 255 characters. */
	static String safeName(String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			throw new InvalidInput("file", "refusal.cases.attachment.noName");
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	/** Counts what passes and refuses more than the limit. */
	private static final class LimitedStream extends java.io.FilterInputStream {

		private final long limit;

		private long count;

		LimitedStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) {
			count += n;
			if (count > limit) {
				throw new AttachmentTooLarge(limit);
			}
		}

		long count() {
			return count;
		}
	}
}
