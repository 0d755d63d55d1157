package io.supportdesk.chat.web;

import java.io.IOException;
import java.net.URI;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.chat.ChatAttachments;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;
import io.supportdesk.chat.ChatMessage;
import io.supportdesk.shared.InvalidInput;

/**
 * Files in a chat over HTTP: sent as a message of the chat (multipart {@code file}) under the rules of case
 * attachments, and downloaded as case attachments are.
 */
@RestController
@RequestMapping("/api/chats/{chatId}/attachments")
class ChatAttachmentApiController {

	private final ChatAttachments attachments;

	private final ChatFileDownloads downloads;

	ChatAttachmentApiController(ChatAttachments attachments, ChatFileDownloads downloads) {
		this.attachments = attachments;
		this.downloads = downloads;
	}

	@PostMapping
	@Operation(summary = "Sends a file in the chat", description = "Whoever may write in the chat (its customer's "
			+ "organisation while it has not ended, the agent it was given to). Multipart `file` (and `clientId`?): the "
			+ "rules of case attachments — at most the attachment limit (413), a file name (400), the type detected from "
			+ "the content. 201 with the stored message (its sequence number; `attachment` with name, size, type and "
			+ "`href`), delivered over the socket like any message; the same `clientId` again stores nothing (200).")
	ResponseEntity<ChatMessage> upload(CurrentUser me, @PathVariable String chatId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String clientId)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "refusal.cases.attachment.empty");
		}
		ChatManagement.Posted posted = attachments.send(me, ChatId.parse(chatId), file.getOriginalFilename(),
				file.getInputStream(), clientId);
		ChatMessage message = posted.message();
		return posted.created() ? ResponseEntity.created(URI.create(message.attachment().href())).body(message)
				: ResponseEntity.ok(message);
	}

	@GetMapping("/{chatAttachmentId}")
	@Operation(summary = "Downloads a file of the chat", description = "Whoever may read the chat; always as a download, "
			+ "content a browser could run as `application/octet-stream`.")
	ResponseEntity<InputStreamResource> download(CurrentUser me, @PathVariable String chatId,
			@PathVariable String chatAttachmentId) throws IOException {
		return downloads.serve(me, chatId, chatAttachmentId);
	}
}
