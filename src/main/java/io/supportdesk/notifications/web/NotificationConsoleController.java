package io.supportdesk.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.notifications.NotificationInbox;
import io.supportdesk.shared.NavigationItem;

/** The signed-in staff member's notices: {@code /console/notifications}, newest first, unread marked. */
@Controller
class NotificationConsoleController {

	private final NotificationInbox inbox;

	NotificationConsoleController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping({ "/console/notifications", "/portal/notifications" })
	String notifications(CurrentUser me, Model model) {
		model.addAttribute("base", me.isStaff() ? "/console/notifications" : "/portal/notifications");
		model.addAttribute("notifications", inbox.inbox(me));
		model.addAttribute("unread", inbox.unread(me));
		model.addAttribute("zone", me.timeZone());
		return "notifications/console/notifications";
	}

	@PostMapping({ "/console/notifications/read", "/portal/notifications/read" })
	String markAllRead(CurrentUser me) {
		inbox.markAllRead(me);
		return me.isStaff() ? "redirect:/console/notifications" : "redirect:/portal/notifications";
	}

	/** The notices page in the console's navigation, after the queue. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleNotifications() {
			return new NavigationItem("console", "/console/notifications", "nav.notifications", "STAFF", 15);
		}

		/** Customers' notices (new versions of watched products, news of suggestions), in the products menu. */
		@Bean
		NavigationItem portalNotifications() {
			return new NavigationItem("portal", "/portal/notifications", "nav.notifications", "CUSTOMER", 18,
					NavigationItem.PRODUCTS);
		}
	}
}
