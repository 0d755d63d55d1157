package io.supportdesk.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.SessionCheck;
import io.supportdesk.accounts.SessionManagement;

/**
 * Re-reads the signed-in user on every request of a web session (one query by primary key, see
 * {@link SessionManagement#recheck}): a changed user gets a rebuilt principal (new role, new
 * authorities) saved in the session; a disabled or removed user, or one whose password was changed
 * or reset elsewhere, has the session invalidated and continues anonymously, so the page asks for
 * sign-in. So does a session older than its absolute lifetime ({@code supportdesk.web.session-absolute-timeout},
 * 12 h), however active: the idle timeout alone would let a stolen session live for ever. Its age is
 * measured on the session's own clock (the one its creation time and idle timeout use), not the
 * application's {@code Clock}. Static resources are not checked: they show nothing of anybody.
 */
class SessionRecheckFilter extends OncePerRequestFilter {

	/** Request attribute set when this request ended its session (the sign-in page then says so). */
	static final String ENDED = SessionRecheckFilter.class.getName() + ".ENDED";

	private final SessionManagement sessions;

	private final SecurityContextRepository contexts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final Duration absoluteTimeout;

	SessionRecheckFilter(SessionManagement sessions, SecurityContextRepository contexts, Duration absoluteTimeout) {
		this.sessions = sessions;
		this.contexts = contexts;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = holder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			HttpSession session = request.getSession(false);
			if (session != null && System.currentTimeMillis() - session.getCreationTime() > absoluteTimeout.toMillis()) {
				end(request, response);
				chain.doFilter(request, response);
				return;
			}
			SessionCheck check = sessions.recheck(principal);
			if (check instanceof SessionCheck.Refreshed refreshed) {
				continueAs(refreshed.principal(), authentication, request, response);
			}
			else if (check instanceof SessionCheck.Ended) {
				end(request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void continueAs(AccountPrincipal principal, Authentication previous, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(principal.asAuthentication(previous));
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private void end(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		holder.clearContext();
		contexts.saveContext(holder.createEmptyContext(), request, response);
		request.setAttribute(ENDED, Boolean.TRUE);
	}
}
