package io.supportdesk.web;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.supportdesk.accounts.ApiTokenManagement;
import io.supportdesk.accounts.SessionManagement;

/**
 * Three filter chains: the API (stateless; HTTP Basic or a personal token; no cookies, so no CSRF),
 * the actuator (health public, the rest for admins), and the web (form sign-in with CSRF;
 * {@code /portal} for customers, {@code /console} for staff; every request of a signed-in session
 * re-checks its user, {@link SessionRecheckFilter}). Finer rules sit on the controllers
 * ({@code @PreAuthorize}) and in the module facades; tenant isolation is {@link TenantIsolation}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No observation per security filter, authentication or authorisation: the HTTP request is observed
	 * (metrics) as a whole, and wrapping each of a chain's filters cost about a tenth of an API request's
	 * CPU (docs/performance.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenManagement tokens, ApiProblems problems, DataSource dataSource,
			@Value("${supportdesk.api.rate-limit.per-credential:600}") long perCredential,
			@Value("${supportdesk.api.rate-limit.per-address:1200}") long perAddress) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**", "/api/swagger-ui/**")
				.permitAll()
				// the knowledge base reads without sign-in: public articles for anyone (its module decides)
				.requestMatchers(HttpMethod.GET, "/api/kb/**").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiRateLimitFilter(dataSource, perCredential, perAddress, problems), BearerTokenFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, ApiProblems problems) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasAnyRole("ADMIN", "OPERATIONS"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/**
	 * The web chain keeps security contexts in the {@code SecurityContextRepository} the accounts module
	 * declares, where the account page also renews its own session after a password change.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, SessionManagement sessions, SecurityContextRepository webSecurityContexts,
			@Value("${supportdesk.web.session-absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
		return http
			.securityContext(context -> context.securityContextRepository(webSecurityContexts))
			.addFilterBefore(new SessionRecheckFilter(sessions, webSecurityContexts, absoluteTimeout),
					AnonymousAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInEntryPoint()))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/login/**", "/pages/ack/**", "/error", "/css/**", "/webjars/**", "/favicon.ico").permitAll()
				.requestMatchers(HttpMethod.GET, "/").permitAll()
				.requestMatchers(HttpMethod.GET, "/kb", "/kb/**").permitAll()
				.requestMatchers("/portal/**").hasRole("CUSTOMER")
				.requestMatchers("/console/**").hasRole("STAFF")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/", true)
				.failureHandler(new SignInFailureHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.httpBasic(basic -> basic.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
						+ "object-src 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")))
			.build();
	}
}
