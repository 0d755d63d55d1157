package io.supportdesk.chat.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.chat.ChatAttachments;
import io.supportdesk.chat.ChatAvailability;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;
import io.supportdesk.chat.ChatView;
import io.supportdesk.chat.NewChat;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.shared.Refused;

/**
 * The portal's chat: {@code /portal/chat} is the chat form when chat is available now and the new-case form
 * (same fields, what is typed kept) when not, above the organisation's transcripts;
 * {@code /portal/chat/{id}} is the chat panel, live over the socket.
 */
@Controller
class ChatPortalController {

	private final ChatManagement chats;

	private final ChatAvailability availability;

	private final MessageSource messages;

	private final io.supportdesk.chat.ChatTranscriptMail transcripts;

	private final ChatAttachments files;

	ChatPortalController(ChatManagement chats, ChatAvailability availability, MessageSource messages,
			io.supportdesk.chat.ChatTranscriptMail transcripts, ChatAttachments files) {
		this.files = files;
		this.transcripts = transcripts;
		this.chats = chats;
		this.availability = availability;
		this.messages = messages;
	}

	@GetMapping("/portal/chat")
	String start(CurrentUser me, Model model) {
		ChatAvailability.Availability now = availability.of(me);
		model.addAttribute("availability", now);
		model.addAttribute("transcripts", chats.transcripts(me));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("topic", "", "text", "", "language", me.language().code()));
		}
		return "chat/portal/start";
	}

	@GetMapping(value = "/portal/chat/availability", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> availability(CurrentUser me) {
		ChatAvailability.Availability now = availability.of(me);
		return Map.of("available", now.available(), "entitled", now.entitled(), "withinHours", now.withinHours(),
				"agentFree", now.agentFree());
	}

	@PostMapping("/portal/chat")
	String startChat(CurrentUser me, @RequestParam(required = false) String topic, @RequestParam(required = false) String text,
			@RequestParam(required = false) String language, Model model) {
		try {
			ChatView chat = chats.start(me, new NewChat(topic, language, null, null));
			if (text != null && !text.isBlank()) {
				chats.post(me, chat.id(), text, null);
			}
			return "redirect:/portal/chat/" + chat.id();
		}
		catch (Refused refused) {
			model.addAttribute("refusedField", refused instanceof InvalidInput input ? input.field() : "topic");
			model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			model.addAttribute("form", Map.of("topic", String.valueOf(topic == null ? "" : topic), "text",
					text == null ? "" : text, "language", language == null ? me.language().code() : language));
			return start(me, model);
		}
	}

	@GetMapping("/portal/chat/{chatId}")
	String chat(CurrentUser me, @PathVariable String chatId, Model model) {
		model.addAttribute("chat", chats.chat(me, ChatId.parse(chatId)));
		model.addAttribute("attachLimit", files.maxFileMegabytes());
		model.addAttribute("shellPath", "/portal/chat/");
		return "chat/portal/chat";
	}

	@GetMapping("/portal/chat/{chatId}/state")
	String state(CurrentUser me, @PathVariable String chatId, Model model) {
		model.addAttribute("chat", chats.chat(me, ChatId.parse(chatId)));
		model.addAttribute("shellPath", "/portal/chat/");
		return "chat/fragments :: state";
	}

	@PostMapping("/portal/chat/{chatId}/messages")
	String post(CurrentUser me, @PathVariable String chatId, @RequestParam(required = false) String body,
			@RequestParam(required = false) String clientId) {
		chats.post(me, ChatId.parse(chatId), body, clientId);
		return "redirect:/portal/chat/" + chatId;
	}

	@PostMapping("/portal/chat/{chatId}/transcript")
	String mailTranscript(CurrentUser me, @PathVariable String chatId,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		redirect.addFlashAttribute("transcriptMailedTo", transcripts.mailTo(me, ChatId.parse(chatId)));
		return "redirect:/portal/chat/" + chatId;
	}

	@PostMapping("/portal/chat/{chatId}/close")
	String close(CurrentUser me, @PathVariable String chatId) {
		chats.close(me, ChatId.parse(chatId));
		return "redirect:/portal/chat/" + chatId;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem portalChat() {
			return new NavigationItem("portal", "/portal/chat", "chat.nav", "CUSTOMER", 12);
		}
	}
}
