package io.supportdesk.downloads;

/**
 * A file to upload to a version.
 *
 * @param sha256 the checksum the uploader expects (hex), or null; given, the upload is kept only if the
 *               content's SHA-256 equals it
 */
public record NewFile(String name, String platform, String sha256) {
}
