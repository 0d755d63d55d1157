package io.supportdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a request that needs a signed-in user to the sign-in page; {@code /login?ended} when the
 * request's own session was just ended ({@link SessionRecheckFilter}), so the page can say why.
 */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

	SignInEntryPoint() {
		super("/login");
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		return request.getAttribute(SessionRecheckFilter.ENDED) != null ? "/login?ended" : "/login";
	}
}
