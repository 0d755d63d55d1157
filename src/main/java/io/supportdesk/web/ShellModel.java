package io.supportdesk.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NavigationItem;

/** What every page of the shell needs: which shell, its navigation, the user, the languages. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final List<NavigationItem> navigation;

	ShellModel(List<NavigationItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("shell")
	String shell(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/console") ? "console" : "portal";
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation(HttpServletRequest request) {
		String shell = shell(request);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return NavigationEntry.of(navigation.stream().filter(item -> item.shell().equals(shell))
			.filter(item -> authentication != null && authentication.getAuthorities().stream()
				.anyMatch(a -> a.getAuthority().equals("ROLE_" + item.role())))
			.toList());
	}

	@ModelAttribute("me")
	Optional<CurrentUser> me() {
		return CurrentUsers.current();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}
}
