package io.supportdesk.web;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.CurrentUser;

/** Resolves a {@link CurrentUser} controller parameter from the signed-in principal. */
class CurrentUsers implements HandlerMethodArgumentResolver {

	/** The signed-in user of this thread's request, if any. */
	static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current().orElseThrow(
				() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
						"Not signed in"));
	}
}
