package io.supportdesk.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Attachment content as files: {@code <directory>/<first two characters of the key>/<key>}. */
class FileSystemAttachmentStore implements AttachmentStore {

	private final Path directory;

	FileSystemAttachmentStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	@Override
	public String put(InputStream content) throws IOException {
		String key = UUID.randomUUID().toString();
		Path file = file(key);
		Files.createDirectories(file.getParent());
		Path partial = file.resolveSibling(key + ".partial");
		try {
			Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return key;
	}

	@Override
	public InputStream get(String key) throws IOException {
		return Files.newInputStream(file(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(file(key));
	}

	private Path file(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not an attachment key: " + key);
		}
		return directory.resolve(key.substring(0, 2)).resolve(key);
	}
}
