package io.supportdesk.suggestions;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Who may do what with suggestions: staff see and answer everything; customers whose plan includes
 * product suggestions read all organisations' suggestions (never their names), submit, vote, follow and
 * comment; for other customers a suggestion does not exist (404) and the board is refused (403, naming
 * the plans that include it). A TAM votes on behalf of the accounts they look after.
 */
@Component
class SuggestionAccess {

	private final EntitlementCheck entitlements;

	private final TamManagement tams;

	SuggestionAccess(EntitlementCheck entitlements, TamManagement tams) {
		this.entitlements = entitlements;
		this.tams = tams;
	}

	/** Refuses a customer whose plan does not include suggestions (403). */
	void requireBoard(CurrentUser reader) {
		if (reader.isCustomer()) {
			entitlements.now(reader.organisationId()).require(Entitlement.PRODUCT_SUGGESTIONS);
		}
	}

	/** A suggestion does not exist for a customer whose plan does not include suggestions (404). */
	void requireSuggestion(CurrentUser reader) {
		if (reader.isCustomer() && !entitlements.now(reader.organisationId()).has(Entitlement.PRODUCT_SUGGESTIONS)) {
			throw new NotFound("refusal.notFound.suggestion");
		}
	}

	/** The organisation a vote counts for: the customer's own, or one of a TAM's accounts. */
	OrganisationId voteFor(CurrentUser voter, OrganisationId onBehalfOf) {
		if (voter.isCustomer()) {
			return voter.organisationId();
		}
		if (!voter.has(Role.TAM)) {
			throw new AccessDeniedException("Only customers and their TAMs vote");
		}
		if (onBehalfOf == null) {
			throw new InvalidInput("organisation", "refusal.suggestions.vote.organisation");
		}
		Set<OrganisationId> accounts = tams.organisationsOf(voter).stream().map(OrganisationSummary::id)
			.collect(Collectors.toSet());
		if (!accounts.contains(onBehalfOf)) {
			throw new InvalidInput("organisation", "refusal.suggestions.vote.notYourAccount");
		}
		return onBehalfOf;
	}

	static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only the product team answers suggestions");
		}
	}
}
