package io.supportdesk.knowledge;

import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;

/**
 * Turns a reader into what they may see: staff everything; a customer whose organisation's plan in
 * force includes the knowledge base public and customer articles; everybody else (signed out, or an
 * organisation without such a plan) public articles only.
 */
@Component
class Readers {

	private final EntitlementCheck entitlements;

	Readers(EntitlementCheck entitlements) {
		this.entitlements = entitlements;
	}

	Access access(Reader reader) {
		if (reader == null || reader.user() == null) {
			return Access.ANONYMOUS;
		}
		CurrentUser user = reader.user();
		if (user.isStaff()) {
			return Access.STAFF;
		}
		return user.organisation().filter(org -> entitlements.now(org).has(Entitlement.KNOWLEDGE_BASE)).isPresent()
				? Access.CUSTOMER : Access.ANONYMOUS;
	}
}
