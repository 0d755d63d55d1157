package io.supportdesk.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * E-mail and password sign-in (form and HTTP Basic; users sign in with their e-mail address) behind the {@link LoginThrottle}: a throttled
 * account or address is refused before its password is even checked. A disabled account is refused
 * with {@link DisabledException} only after its password was right, so the refusal tells nothing to
 * somebody who does not know the password.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	ThrottledAuthenticationProvider(Users users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
		this.audit = audit;
		UserDetailsService byEmail = email -> users.findByEmail(email.strip()).map(User::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		this.passwords = new DaoAuthenticationProvider(byEmail);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("This account is disabled");
			}
		});
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getName()).strip();
		String address = addressOf(authentication);
		if (throttle.isThrottled(email, address)) {
			audit.record(AuditAction.LOGIN_THROTTLED, null, email, null);
			throw new LoginThrottledException();
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(email, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}
}
