package io.supportdesk.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.AttachmentView;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseId;
import io.supportdesk.shared.InvalidInput;

/**
 * Attachments served to a signed-in browser (portal and console) the way the API serves them: only
 * to those who may read the case, always as a download ({@code Content-Disposition: attachment}),
 * content a browser could run as an opaque {@code application/octet-stream}, sandboxed by its
 * Content-Security-Policy.
 */
@Component
class AttachmentDownloads {

	private final CaseAttachments attachments;

	AttachmentDownloads(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	ResponseEntity<InputStreamResource> serve(CurrentUser me, String caseId, String attachmentId) throws IOException {
		UUID id = CaseFilters.uuid(attachmentId);
		if (id == null) {
			throw new InvalidInput("attachmentId", "refusal.id.invalid");
		}
		CaseAttachments.Download download = attachments.download(me, CaseId.parse(caseId, "caseId"), id);
		AttachmentView attachment = download.attachment();
		String type = CaseAttachments.servedType(attachment.contentType());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.filename(), StandardCharsets.UTF_8).build().toString())
			.header("Content-Security-Policy", "sandbox")
			.contentType(MediaType.parseMediaType(type))
			.contentLength(attachment.size())
			.body(new InputStreamResource(download.content()));
	}
}
