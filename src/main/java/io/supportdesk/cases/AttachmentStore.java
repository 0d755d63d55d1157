package io.supportdesk.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment content lives, outside the database rows. The default keeps files under the data
 * directory; another store (object storage, say) is a bean of this type.
 */
public interface AttachmentStore {

	/** Stores the content under a new key and answers it. */
	String put(InputStream content) throws IOException;

	InputStream get(String key) throws IOException;

	void delete(String key) throws IOException;

	/**
	 * The default store: files under {@code directory} ({@code <first two characters of the key>/<key>}),
	 * written to a partial file and moved into place only once complete.
	 */
	static AttachmentStore inDirectory(Path directory) {
		return new FileSystemAttachmentStore(directory);
	}
}
