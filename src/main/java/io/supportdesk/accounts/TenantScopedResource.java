package io.supportdesk.accounts;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells which organisation owns the resource behind a path variable, so that tenant isolation is
 * enforced in one place for every endpoint: a customer asking for an id whose owner is not their
 * organisation (or that has no owner, or does not exist) gets 404, whatever the endpoint.
 *
 * <p>Every module that exposes ids in {@code /api/**}, {@code /portal/**} or {@code /console/**}
 * paths declares one bean per path variable name (for example {@code caseId}). A path variable that
 * no bean claims is closed to customers.
 */
public interface TenantScopedResource {

	/** The path variable this resolves, e.g. {@code organisationId}. */
	String pathVariable();

	/**
	 * The owning organisation of the resource with this id; empty if there is no such resource or it
	 * belongs to the vendor rather than to a customer.
	 */
	Optional<OrganisationId> ownerOf(String id);

	/**
	 * Whether every tenant may address resources by this variable: they belong to no tenant (knowledge
	 * base articles, say) and their module decides who may see each one, answering 404 to the others.
	 */
	default boolean openToEveryTenant() {
		return false;
	}

	/** A resource resolved by a function of its id (which may answer empty for unknown ids). */
	static TenantScopedResource of(String pathVariable, Function<String, Optional<OrganisationId>> owner) {
		return new TenantScopedResource() {
			@Override
			public String pathVariable() {
				return pathVariable;
			}

			@Override
			public Optional<OrganisationId> ownerOf(String id) {
				return owner.apply(id);
			}
		};
	}

	/** A resource whose ids are UUIDs; a malformed id has no owner. */
	static TenantScopedResource byUuid(String pathVariable, Function<UUID, Optional<OrganisationId>> owner) {
		return of(pathVariable, id -> {
			try {
				return owner.apply(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * A resource no tenant owns and every tenant may address; its module answers 404 to whoever may not
	 * see it.
	 */
	static TenantScopedResource openToEveryTenant(String pathVariable) {
		return new TenantScopedResource() {
			@Override
			public String pathVariable() {
				return pathVariable;
			}

			@Override
			public Optional<OrganisationId> ownerOf(String id) {
				return Optional.empty();
			}

			@Override
			public boolean openToEveryTenant() {
				return true;
			}
		};
	}

	/** A resource that belongs to the vendor: closed to every customer. */
	static TenantScopedResource vendorOwned(String pathVariable) {
		return of(pathVariable, id -> Optional.empty());
	}
}
