package io.supportdesk.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import io.supportdesk.accounts.LoginThrottledException;

/**
 * Back to the sign-in page, saying whether the password was wrong, the account is throttled or (after
 * the right password only) disabled.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof LoginThrottledException ? "throttled"
				: exception instanceof DisabledException ? "disabled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}
}
