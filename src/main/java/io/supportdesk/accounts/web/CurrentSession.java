package io.supportdesk.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountPrincipal;

/**
 * Keeps the current web session signed in after its user changed their own password (which ends all
 * their other sessions): the session continues under a new id with the principal the change returned,
 * saved where the web filter chain keeps it.
 */
@Component
class CurrentSession {

	private final SecurityContextRepository contexts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	CurrentSession(SecurityContextRepository contexts) {
		this.contexts = contexts;
	}

	void continueAs(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(principal.asAuthentication(holder.getContext().getAuthentication()));
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
