package io.supportdesk.downloads.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.downloads.FileId;
import io.supportdesk.downloads.FileView;
import io.supportdesk.downloads.ProductFiles;
import io.supportdesk.downloads.ProductFiles.StoredFile;
import io.supportdesk.shared.NotFound;

/** Downloading a file and reading its checksum. */
@RestController
@Tag(name = "Downloads")
class DownloadApiController {

	private final DownloadResponses responses;

	private final ProductFiles files;

	DownloadApiController(DownloadResponses responses, ProductFiles files) {
		this.responses = responses;
		this.files = files;
	}

	@GetMapping("/api/downloads/{fileId}")
	@Operation(summary = "Downloads a file", description = "Streamed, with `ETag` (the SHA-256), `Content-Length` and "
			+ "`Accept-Ranges: bytes`. One `Range` per request (`bytes=0-1023`, `bytes=1024-`, `bytes=-512`) answers 206 "
			+ "with `Content-Range`; a range past the end answers 416; `If-Range` resumes only the same content; "
			+ "`If-None-Match` with the ETag answers 304. Audited. 404 unless the caller may see the file's version.")
	ResponseEntity<?> download(CurrentUser me, @PathVariable String fileId, HttpServletRequest request) throws IOException {
		return responses.serve(me, fileId, request);
	}

	@GetMapping("/api/downloads/{fileId}/sha256")
	@Operation(summary = "A file's SHA-256", description = "With its name, size, product and version; 404 unless the "
			+ "caller may see the file.")
	ProductApiController.Checksum checksum(CurrentUser me, @PathVariable String fileId) {
		StoredFile stored = files.file(me, FileId.parse(fileId).orElseThrow(() -> new NotFound("refusal.notFound.productFile")));
		FileView file = stored.file();
		return new ProductApiController.Checksum(file.id().toString(), file.name(), stored.product(), stored.version(),
				file.platform(), file.size(), file.sha256(), "/api/downloads/" + file.id());
	}
}
