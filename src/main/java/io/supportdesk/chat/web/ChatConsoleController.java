package io.supportdesk.chat.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseView;
import io.supportdesk.chat.AgentStatus;
import io.supportdesk.chat.ChatAttachments;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;
import io.supportdesk.chat.ChatRouting;
import io.supportdesk.chat.ChatState;
import io.supportdesk.chat.ChatView;
import io.supportdesk.chat.CustomerContext;
import io.supportdesk.shared.NavigationItem;

/**
 * The agent's chat workspace ({@code /console/chat}): their status and capacity, the chats offered to them
 * (accept), their chats side by side with each customer's context (plan, open cases, TAM), the chat queue
 * and who has which; {@code /console/chats} lists transcripts, {@code /console/chat/{id}} shows one (and lets
 * a manager watch it live).
 */
@Controller
class ChatConsoleController {

	private final ChatManagement chats;

	private final ChatRouting routing;

	private final CustomerContext context;

	private final ChatAttachments files;

	ChatConsoleController(ChatManagement chats, ChatRouting routing, CustomerContext context, ChatAttachments files) {
		this.files = files;
		this.chats = chats;
		this.routing = routing;
		this.context = context;
	}

	@GetMapping("/console/chat")
	String workspace(CurrentUser me, Model model) {
		desk(me, model);
		List<ChatView> mine = chats.chatsOf(me).stream().filter(chat -> chat.state() == ChatState.ACTIVE).toList();
		Map<ChatId, CustomerContext.Context> contexts = new LinkedHashMap<>();
		mine.forEach(chat -> contexts.put(chat.id(), context.of(me, chat.organisationId())));
		model.addAttribute("mine", mine);
		model.addAttribute("contexts", contexts);
		model.addAttribute("queue", chats.queue(me));
		model.addAttribute("desks", routing.desks(me));
		model.addAttribute("statuses", AgentStatus.values());
		model.addAttribute("attachLimit", files.maxFileMegabytes());
		model.addAttribute("shellPath", "/console/chat/");
		return "chat/console/workspace";
	}

	@GetMapping("/console/chat/offers")
	String offers(CurrentUser me, Model model) {
		desk(me, model);
		return "chat/console/workspace :: offers";
	}

	@PostMapping("/console/chat/status")
	String status(CurrentUser me, @RequestParam(required = false) AgentStatus status,
			@RequestParam(required = false) Integer capacity) {
		routing.setStatus(me, status, capacity);
		return "redirect:/console/chat";
	}

	@PostMapping("/console/chat/{chatId}/accept")
	String accept(CurrentUser me, @PathVariable String chatId) {
		chats.accept(me, ChatId.parse(chatId));
		return "redirect:/console/chat";
	}

	@PostMapping("/console/chat/{chatId}/close")
	String close(CurrentUser me, @PathVariable String chatId) {
		chats.close(me, ChatId.parse(chatId));
		return "redirect:/console/chat";
	}

	@PostMapping("/console/chat/{chatId}/case")
	String convert(CurrentUser me, @PathVariable String chatId, RedirectAttributes redirect) {
		CaseView opened = chats.convertToCase(me, ChatId.parse(chatId), null);
		return "redirect:/console/cases/" + opened.id();
	}

	@PostMapping("/console/chat/{chatId}/messages")
	String post(CurrentUser me, @PathVariable String chatId, @RequestParam(required = false) String body,
			@RequestParam(required = false) String clientId) {
		chats.post(me, ChatId.parse(chatId), body, clientId);
		return "redirect:/console/chat";
	}

	@GetMapping("/console/chats")
	String transcripts(CurrentUser me, Model model) {
		model.addAttribute("transcripts", chats.transcripts(me));
		return "chat/console/transcripts";
	}

	@GetMapping("/console/chat/{chatId}")
	String chat(CurrentUser me, @PathVariable String chatId, Model model) {
		ChatView chat = chats.chat(me, ChatId.parse(chatId));
		model.addAttribute("chat", chat);
		model.addAttribute("context", context.of(me, chat.organisationId()));
		model.addAttribute("watching", chats.mayWatch(me, chat.id()));
		model.addAttribute("mayWrite", chats.maySend(me, chat.id()));
		model.addAttribute("manager", me.has(Role.MANAGER));
		model.addAttribute("attachLimit", files.maxFileMegabytes());
		model.addAttribute("shellPath", "/console/chat/");
		return "chat/console/chat";
	}

	@GetMapping("/console/chat/{chatId}/state")
	String state(CurrentUser me, @PathVariable String chatId, Model model) {
		model.addAttribute("chat", chats.chat(me, ChatId.parse(chatId)));
		model.addAttribute("shellPath", "/console/chat/");
		return "chat/fragments :: state";
	}

	private void desk(CurrentUser me, Model model) {
		model.addAttribute("desk", routing.desk(me.id()));
		model.addAttribute("offered", chats.chatsOf(me).stream().filter(chat -> chat.state() == ChatState.OFFERED).toList());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleChat() {
			return new NavigationItem("console", "/console/chat", "chat.nav.workspace", "STAFF", 44, NavigationItem.CUSTOMERS);
		}

		@Bean
		NavigationItem consoleTranscripts() {
			return new NavigationItem("console", "/console/chats", "chat.nav.transcripts", "STAFF", 46, NavigationItem.CUSTOMERS);
		}
	}
}
