package io.supportdesk.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TenantScopedResource;
import io.supportdesk.shared.NotFound;

/**
 * Tenant isolation, in one place for every endpoint: before any handler runs, each path variable of
 * a customer's request is resolved to the organisation that owns it (through the modules'
 * {@link TenantScopedResource} beans); an id owned by another organisation, by the vendor, by nobody,
 * or claimed by no module at all answers 404 — the same answer as an id that does not exist, so ids
 * cannot be probed. Staff pass; the module facades apply their finer rules. A variable declared open
 * to every tenant (knowledge base articles) passes too: its module decides, and answers 404 itself.
 */
@Component
class TenantIsolation implements HandlerInterceptor {

	private final ObjectProvider<TenantScopedResource> declared;

	private volatile Map<String, TenantScopedResource> resources;

	/** The modules' declarations are collected on first use: they depend on beans that depend on MVC. */
	TenantIsolation(ObjectProvider<TenantScopedResource> declared) {
		this.declared = declared;
	}

	private Map<String, TenantScopedResource> resources() {
		Map<String, TenantScopedResource> known = resources;
		if (known == null) {
			known = declared.orderedStream()
				.collect(Collectors.toUnmodifiableMap(TenantScopedResource::pathVariable, Function.identity()));
			resources = known;
		}
		return known;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Optional<CurrentUser> user = CurrentUsers.current();
		if (user.isEmpty() || user.get().isStaff()) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables != null) {
			variables.forEach((name, value) -> requireOwnedBy(user.get().organisationId(), name, value));
		}
		return true;
	}

	private void requireOwnedBy(OrganisationId organisation, String variable, String value) {
		TenantScopedResource resource = resources().get(variable);
		if (resource != null && resource.openToEveryTenant()) {
			return;
		}
		Optional<OrganisationId> owner = resource == null ? Optional.empty() : resource.ownerOf(value);
		if (owner.isEmpty() || !owner.get().equals(organisation)) {
			throw new NotFound("refusal.notFound.resource");
		}
	}
}
