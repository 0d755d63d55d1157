package io.supportdesk.webhooks.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.shared.NotFound;
import io.supportdesk.webhooks.CreatedWebhook;
import io.supportdesk.webhooks.NewWebhook;
import io.supportdesk.webhooks.Webhooks;

/**
 * The webhook pages: {@code /console/webhooks} for managers (endpoints for every organisation's
 * events) and {@code /portal/webhooks} for customer admins (their organisation's). A new endpoint's
 * secret is shown once, after it is added; a refused URL or event choice is named next to its field,
 * with what was typed kept. An endpoint's page shows its deliveries and lets its owners send a test,
 * enable it again, or delete it.
 */
@Controller
class WebhookPagesController {

	private final Webhooks webhooks;

	private final MessageSource messages;

	WebhookPagesController(Webhooks webhooks, MessageSource messages) {
		this.webhooks = webhooks;
		this.messages = messages;
	}

	@GetMapping({ "/console/webhooks", "/portal/webhooks" })
	String list(CurrentUser me, Model model) {
		model.addAttribute("base", base(me));
		model.addAttribute("endpoints", webhooks.endpoints(me));
		model.addAttribute("types", webhooks.subscribable(me));
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", List.of());
		}
		return "webhooks/endpoints";
	}

	@PostMapping({ "/console/webhooks", "/portal/webhooks" })
	String create(CurrentUser me, @RequestParam(required = false) String url,
			@RequestParam(required = false) List<String> events, @RequestParam(required = false) String description,
			Model model, RedirectAttributes redirect) {
		try {
			CreatedWebhook created = webhooks.create(me, new NewWebhook(url, events, description));
			redirect.addFlashAttribute("secret", created.secret());
			return "redirect:" + base(me) + "/" + created.endpoint().id();
		}
		catch (InvalidInput refused) {
			model.addAttribute("refusedField", refused.field().startsWith("events") ? "events" : refused.field());
			model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			model.addAttribute("url", url);
			model.addAttribute("description", description);
			model.addAttribute("chosen", events == null ? List.of() : events);
			return list(me, model);
		}
	}

	@GetMapping({ "/console/webhooks/{webhookId}", "/portal/webhooks/{webhookId}" })
	String show(CurrentUser me, @PathVariable String webhookId, Model model) {
		UUID id = id(webhookId);
		model.addAttribute("base", base(me));
		model.addAttribute("endpoint", webhooks.endpoint(me, id));
		model.addAttribute("deliveries", webhooks.deliveries(me, id, 50));
		return "webhooks/endpoint";
	}

	@PostMapping({ "/console/webhooks/{webhookId}/test", "/portal/webhooks/{webhookId}/test" })
	String test(CurrentUser me, @PathVariable String webhookId, RedirectAttributes redirect) {
		webhooks.test(me, id(webhookId));
		redirect.addFlashAttribute("notice", "webhooks.notice.tested");
		return "redirect:" + base(me) + "/" + webhookId;
	}

	@PostMapping({ "/console/webhooks/{webhookId}/enable", "/portal/webhooks/{webhookId}/enable" })
	String enable(CurrentUser me, @PathVariable String webhookId, RedirectAttributes redirect) {
		webhooks.enable(me, id(webhookId));
		redirect.addFlashAttribute("notice", "webhooks.notice.enabled");
		return "redirect:" + base(me) + "/" + webhookId;
	}

	@PostMapping({ "/console/webhooks/{webhookId}/delete", "/portal/webhooks/{webhookId}/delete" })
	String delete(CurrentUser me, @PathVariable String webhookId, RedirectAttributes redirect) {
		webhooks.delete(me, id(webhookId));
		redirect.addFlashAttribute("notice", "webhooks.notice.deleted");
		return "redirect:" + base(me);
	}

	private static String base(CurrentUser me) {
		return me.isStaff() ? "/console/webhooks" : "/portal/webhooks";
	}

	private static UUID id(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound("refusal.notFound.webhook");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleWebhooks() {
			return new NavigationItem("console", "/console/webhooks", "webhooks.nav", "MANAGER", 78, NavigationItem.SETUP);
		}

		@Bean
		NavigationItem portalWebhooks() {
			return new NavigationItem("portal", "/portal/webhooks", "webhooks.nav", "CUSTOMER_ADMIN", 85, NavigationItem.SETUP);
		}
	}
}
