package io.supportdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.supportdesk.accounts.CurrentUser;

/** The front door: the sign-in page, and {@code /} sending each user to their shell. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return CurrentUsers.current().map(user -> user.isStaff() ? "redirect:/console" : "redirect:/portal")
			.orElse("redirect:/login");
	}

	@GetMapping("/login")
	String signIn() {
		return CurrentUsers.current().isPresent() ? "redirect:/" : "web/login";
	}

	@GetMapping("/portal")
	String portal(CurrentUser me) {
		return "web/portal/home";
	}

	@GetMapping("/console")
	String console(CurrentUser me) {
		return "web/console/home";
	}
}
