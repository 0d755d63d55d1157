package io.supportdesk.chat.web;

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
import io.supportdesk.cases.StoredFile;
import io.supportdesk.chat.ChatAttachments;
import io.supportdesk.chat.ChatId;
import io.supportdesk.shared.NotFound;

/**
 * A chat's files served as case attachments are (the API, the portal and the console alike): only to whoever
 * may read the chat, always as a download ({@code Content-Disposition: attachment}), content a browser could
 * run as an opaque {@code application/octet-stream}, sandboxed by its Content-Security-Policy.
 */
@Component
class ChatFileDownloads {

	private final ChatAttachments attachments;

	ChatFileDownloads(ChatAttachments attachments) {
		this.attachments = attachments;
	}

	ResponseEntity<InputStreamResource> serve(CurrentUser me, String chatId, String attachmentId) throws IOException {
		ChatAttachments.Download download = attachments.download(me, ChatId.parse(chatId), id(attachmentId));
		StoredFile file = download.file();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("Content-Security-Policy", "sandbox")
			.contentType(MediaType.parseMediaType(file.servedType()))
			.contentLength(file.size())
			.body(new InputStreamResource(download.content()));
	}

	/** A file's id from a path: a malformed one is a file that does not exist. */
	private static UUID id(String text) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound("refusal.notFound.attachment");
		}
	}
}
