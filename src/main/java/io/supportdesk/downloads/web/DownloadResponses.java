package io.supportdesk.downloads.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.downloads.FileId;
import io.supportdesk.downloads.FileView;
import io.supportdesk.downloads.ProductFiles;
import io.supportdesk.downloads.ProductFiles.StoredFile;
import io.supportdesk.shared.NotFound;

/**
 * The one way a product file goes out, to the API and to signed-in browsers alike: only to whoever may
 * see its version (404 otherwise), streamed from the store (never read into memory), with
 * {@code ETag} (its SHA-256: the content of a file never changes), {@code Content-Length},
 * {@code Accept-Ranges: bytes} and one byte range per request (206 with {@code Content-Range}; a range
 * past the end answers 416 with {@code Content-Range: bytes *}{@code /size}; several ranges, a malformed
 * header, or an {@code If-Range} that is not the ETag get the whole file). Every download is audited:
 * the bytes asked for when it starts, the bytes written when the response closes.
 */
@Component
class DownloadResponses {

	private final ProductFiles files;

	DownloadResponses(ProductFiles files) {
		this.files = files;
	}

	ResponseEntity<?> serve(CurrentUser me, String fileId, HttpServletRequest request) throws IOException {
		StoredFile stored = files.file(me, FileId.parse(fileId).orElseThrow(() -> new NotFound("refusal.notFound.productFile")));
		FileView file = stored.file();
		String etag = "\"" + file.sha256() + "\"";
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(etag);
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		headers.setCacheControl("private, no-transform");
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		headers.setContentDisposition(ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build());
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		HttpRange range = range(request, etag);
		long size = file.size();
		if (range == null) {
			headers.setContentLength(size);
			return ResponseEntity.ok().headers(headers).body(body(me, stored, request, null, size));
		}
		long start;
		long end;
		try {
			start = range.getRangeStart(size);
			end = range.getRangeEnd(size);
		}
		catch (IllegalArgumentException unsatisfiable) {
			return unsatisfiable(size);
		}
		if (end < start) {
			return unsatisfiable(size);
		}
		long length = end - start + 1;
		headers.setContentLength(length);
		headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
		return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).headers(headers)
			.body(body(me, stored, request, start, length));
	}

	/** The one range asked for, or null for the whole file. */
	private static HttpRange range(HttpServletRequest request, String etag) {
		String header = request.getHeader(HttpHeaders.RANGE);
		String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
		if (header == null || (ifRange != null && !ifRange.strip().equals(etag))) {
			return null;
		}
		try {
			List<HttpRange> ranges = HttpRange.parseRanges(header);
			return ranges.size() == 1 ? ranges.get(0) : null;
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	private static ResponseEntity<ProblemDetail> unsatisfiable(long size) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
				"The range lies outside the file's " + size + " bytes.");
		return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
			.header(HttpHeaders.CONTENT_RANGE, "bytes */" + size).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private InputStreamResource body(CurrentUser me, StoredFile stored, HttpServletRequest request, Long start,
			long length) throws IOException {
		InputStream content = files.content(stored);
		if (start != null) {
			content.skipNBytes(start);
		}
		UUID audit = "HEAD".equals(request.getMethod()) ? null : files.audit(me, stored, start, length);
		return new InputStreamResource(new Counted(content, length, audit));
	}

	/** At most {@code length} bytes of the content; on close the audit row learns how many were read. */
	private final class Counted extends FilterInputStream {

		private long left;

		private long read;

		private final UUID audit;

		private boolean closed;

		Counted(InputStream in, long length, UUID audit) {
			super(in);
			this.left = length;
			this.audit = audit;
		}

		@Override
		public int read() throws IOException {
			if (left <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				left--;
				read++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (left <= 0) {
				return -1;
			}
			int n = super.read(buffer, offset, (int) Math.min(length, left));
			if (n > 0) {
				left -= n;
				read += n;
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			if (closed) {
				return;
			}
			closed = true;
			try {
				super.close();
			}
			finally {
				if (audit != null) {
					files.sent(audit, read);
				}
			}
		}
	}
}
