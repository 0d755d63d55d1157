package io.supportdesk.cases;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment content lives, outside the database rows. The default keeps files under the data
 * directory; another store (object storage, say) is a bean of this type.
 */
public interface AttachmentStore {

	/** Stores the content under a new key and answers it. */
	String put(InputStream content) throws IOException;

	InputStream get(String key) throws IOException;

	void delete(String key) throws IOException;
}
