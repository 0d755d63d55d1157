package io.supportdesk.queue.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.queue.QueueFilter;
import io.supportdesk.queue.QueueManagement;

/** The agents' queue page with live countdowns and "take next": {@code /console/queue}. */
@Controller
class QueueConsoleController {

	private final QueueManagement queue;

	QueueConsoleController(QueueManagement queue) {
		this.queue = queue;
	}

	/**
	 * The queue page; its table refreshes itself every 30 s as one request (htmx asks for the
	 * {@code rows} fragment), badges included — coloured from the stored SLA, no evaluation per row.
	 */
	@GetMapping("/console/queue")
	String queue(CurrentUser me, @RequestParam(required = false) String language, @RequestParam(required = false) UUID team,
			Model model, HttpServletRequest request) {
		model.addAttribute("entries", queue.queue(me, new QueueFilter(team, blankToNull(language), null, null, 100)));
		model.addAttribute("language", language);
		model.addAttribute("zone", me.timeZone());
		return request.getHeader("HX-Request") != null ? "queue/console/queue :: rows" : "queue/console/queue";
	}

	@PostMapping("/console/queue/take")
	String take(CurrentUser me, RedirectAttributes redirect) {
		return queue.takeNext(me, new QueueFilter(null, null, null, null, 1))
			.map(entry -> "redirect:/console/cases/" + entry.caseId())
			.orElseGet(() -> {
				redirect.addFlashAttribute("empty", true);
				return "redirect:/console/queue";
			});
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
