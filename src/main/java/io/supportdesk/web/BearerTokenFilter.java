package io.supportdesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.ApiTokenManagement;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal API token. A token that is
 * unknown, revoked or expired is answered 401 at once; a request without a bearer token passes on to
 * HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final ApiTokenManagement tokens;

	private final ApiProblems problems;

	BearerTokenFilter(ApiTokenManagement tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		var principal = tokens.authenticate(header.substring(SCHEME.length()).strip());
		if (principal.isEmpty()) {
			problems.commence(request, response, new BadCredentialsException("Unknown, revoked or expired API token"));
			return;
		}
		AccountPrincipal user = principal.get();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(user.asAuthentication(null));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
