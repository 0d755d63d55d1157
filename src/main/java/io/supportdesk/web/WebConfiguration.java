package io.supportdesk.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Interceptors (language switch, tenant isolation), the locale resolver and the current-user parameter. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static {
		// the signed-in user comes from the credentials: it is no request parameter of any API operation
		org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(io.supportdesk.accounts.CurrentUser.class);
	}

	private final TenantIsolation tenantIsolation;

	WebConfiguration(TenantIsolation tenantIsolation) {
		this.tenantIsolation = tenantIsolation;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new UserLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(tenantIsolation);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUsers());
	}
}
