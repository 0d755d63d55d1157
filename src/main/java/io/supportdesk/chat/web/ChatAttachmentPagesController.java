package io.supportdesk.chat.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.chat.ChatAttachments;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Refused;
import io.supportdesk.shared.TooLarge;

/**
 * The attach control of the portal's chat panel and the console's workspace: a file form that posts as any
 * form does (and comes back to the chat, a refusal shown beside the control), or — sent by {@code chat.js} —
 * answers JSON: the stored message's number (the file arrives over the socket like any message) or the refusal's
 * text; and the chat's files as downloads.
 */
@Controller
class ChatAttachmentPagesController {

	static final String FROM_SCRIPT = "X-Chat-Script=true";

	private final ChatAttachments attachments;

	private final ChatFileDownloads downloads;

	private final MessageSource messages;

	ChatAttachmentPagesController(ChatAttachments attachments, ChatFileDownloads downloads, MessageSource messages) {
		this.attachments = attachments;
		this.downloads = downloads;
		this.messages = messages;
	}

	@PostMapping("/portal/chat/{chatId}/attachments")
	String portalAttach(CurrentUser me, @PathVariable String chatId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String clientId, RedirectAttributes redirect) throws IOException {
		attachOrRefuse(me, chatId, file, clientId, redirect);
		return "redirect:/portal/chat/" + ChatId.parse(chatId);
	}

	@PostMapping("/console/chat/{chatId}/attachments")
	String consoleAttach(CurrentUser me, @PathVariable String chatId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String clientId, RedirectAttributes redirect) throws IOException {
		attachOrRefuse(me, chatId, file, clientId, redirect);
		return "redirect:/console/chat";
	}

	/** {@code chat.js} sends the form with {@value #FROM_SCRIPT}: the answer is JSON, the page stays. */
	@PostMapping(value = { "/portal/chat/{chatId}/attachments", "/console/chat/{chatId}/attachments" },
			headers = FROM_SCRIPT, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> attachFromScript(CurrentUser me, @PathVariable String chatId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String clientId)
			throws IOException {
		try {
			ChatManagement.Posted posted = send(me, chatId, file, clientId);
			return ResponseEntity.status(posted.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(Map.of("seq", posted.message().seq()));
		}
		catch (TooLarge | InvalidInput | Conflict refused) {
			HttpStatus status = refused instanceof TooLarge ? HttpStatus.CONTENT_TOO_LARGE
					: refused instanceof Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
			return ResponseEntity.status(status).body(Map.of("message", text(refused)));
		}
	}

	@GetMapping({ "/portal/chat/{chatId}/attachments/{chatAttachmentId}",
			"/console/chat/{chatId}/attachments/{chatAttachmentId}" })
	ResponseEntity<InputStreamResource> download(CurrentUser me, @PathVariable String chatId,
			@PathVariable String chatAttachmentId) throws IOException {
		return downloads.serve(me, chatId, chatAttachmentId);
	}

	private void attachOrRefuse(CurrentUser me, String chatId, MultipartFile file, String clientId,
			RedirectAttributes redirect) throws IOException {
		try {
			send(me, chatId, file, clientId);
		}
		catch (TooLarge | InvalidInput | Conflict refused) {
			redirect.addFlashAttribute("attachRefusal", text(refused));
			redirect.addFlashAttribute("attachRefusalChat", ChatId.parse(chatId).toString());
		}
	}

	private ChatManagement.Posted send(CurrentUser me, String chatId, MultipartFile file, String clientId)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "refusal.cases.attachment.empty");
		}
		return attachments.send(me, ChatId.parse(chatId), file.getOriginalFilename(), file.getInputStream(), clientId);
	}

	private String text(Refused refused) {
		return messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale());
	}
}
