package io.supportdesk.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Attachment content as objects in an S3-compatible store: {@code <bucket>/<prefix><key>}. Every node
 * reads and writes the same bucket, so attachments need no shared volume. An object is written whole
 * (PutObject is atomic: it is there complete or not at all); the content is first spooled to a
 * temporary file so that its length is known and an upload can be retried without re-reading the
 * request.
 */
class S3AttachmentStore implements AttachmentStore {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	S3AttachmentStore(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix == null ? "" : prefix;
	}

	@Override
	public String put(InputStream content) throws IOException {
		String key = UUID.randomUUID().toString();
		Path spool = Files.createTempFile("supportdesk-attachment-", ".partial");
		try {
			Files.copy(content, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			s3.putObject(request -> request.bucket(bucket).key(object(key)), RequestBody.fromFile(spool));
			return key;
		}
		catch (SdkException ex) {
			throw new IOException("Could not store the attachment in bucket " + bucket + ": " + ex.getMessage(), ex);
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	@Override
	public InputStream get(String key) throws IOException {
		try {
			return s3.getObject(request -> request.bucket(bucket).key(object(key)));
		}
		catch (NoSuchKeyException ex) {
			throw new java.nio.file.NoSuchFileException(bucket + "/" + object(key));
		}
		catch (SdkException ex) {
			throw new IOException("Could not read attachment " + key + " from bucket " + bucket + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			s3.deleteObject(request -> request.bucket(bucket).key(object(key)));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete attachment " + key + " from bucket " + bucket + ": " + ex.getMessage(), ex);
		}
	}

	private String object(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not an attachment key: " + key);
		}
		return prefix + key;
	}
}
