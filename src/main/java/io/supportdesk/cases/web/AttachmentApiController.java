package io.supportdesk.cases.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.AttachmentView;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseId;
import io.supportdesk.shared.InvalidInput;

/**
 * Attachments of a case: upload (multipart {@code file}), list, download. Downloads are always
 * {@code Content-Disposition: attachment}; content a browser could run (HTML, SVG, XML, scripts) is
 * served as {@code application/octet-stream}, never rendered.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/attachments")
class AttachmentApiController {

	private final CaseAttachments attachments;

	AttachmentApiController(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping
	ResponseEntity<AttachmentView> upload(CurrentUser me, @PathVariable String caseId,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "refusal.cases.attachment.empty");
		}
		AttachmentView attached = attachments.attach(me, CaseId.parse(caseId, "caseId"), file.getOriginalFilename(),
				file.getInputStream());
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/attachments/" + attached.id())).body(attached);
	}

	@GetMapping
	List<AttachmentView> attachments(CurrentUser me, @PathVariable String caseId) {
		return attachments.attachments(me, CaseId.parse(caseId, "caseId"));
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<InputStreamResource> download(CurrentUser me, @PathVariable String caseId,
			@PathVariable String attachmentId) throws IOException {
		UUID id;
		try {
			id = UUID.fromString(attachmentId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("attachmentId", "refusal.id.invalid");
		}
		CaseAttachments.Download download = attachments.download(me, CaseId.parse(caseId, "caseId"), id);
		AttachmentView attachment = download.attachment();
		String type = CaseAttachments.servedType(attachment.contentType());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("Content-Security-Policy", "sandbox")
			.contentType(MediaType.parseMediaType(type))
			.contentLength(attachment.size())
			.body(new InputStreamResource(download.content()));
	}
}
