package io.supportdesk.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user may do. Customer roles belong to an organisation; staff roles belong to the vendor.
 * A role implies the roles below it ({@link #implied()}): an admin may do what a manager or an
 * operations user may, a manager what a TAM may, a TAM what an agent may, a customer admin what a
 * customer user may.
 */
public enum Role {

	/** Follows their own cases and those shared with them. */
	CUSTOMER_USER,
	/** A customer user who also manages the organisation's users and sees all its cases. */
	CUSTOMER_ADMIN,
	/** Works the queue. */
	AGENT,
	/** Technical account manager: an agent dedicated to Premier organisations. */
	TAM,
	/** Configures plans, calendars, teams; watches SLA reports. */
	MANAGER,
	/** Records licence purchases, plan top-ups and paid add-ons. */
	OPERATIONS,
	/** Everything. */
	ADMIN;

	/** Whether the role belongs to a customer organisation (rather than to the vendor's staff). */
	public boolean isCustomer() {
		return this == CUSTOMER_USER || this == CUSTOMER_ADMIN;
	}

	public boolean isStaff() {
		return !isCustomer();
	}

	/** This role and every role it implies. */
	public Set<Role> implied() {
		return switch (this) {
			case CUSTOMER_USER -> EnumSet.of(CUSTOMER_USER);
			case CUSTOMER_ADMIN -> EnumSet.of(CUSTOMER_ADMIN, CUSTOMER_USER);
			case AGENT -> EnumSet.of(AGENT);
			case TAM -> EnumSet.of(TAM, AGENT);
			case MANAGER -> EnumSet.of(MANAGER, TAM, AGENT);
			case OPERATIONS -> EnumSet.of(OPERATIONS);
			case ADMIN -> EnumSet.allOf(Role.class);
		};
	}

	/** Whether this role includes {@code other}. */
	public boolean includes(Role other) {
		return implied().contains(other);
	}

	/**
	 * Spring Security authority names: {@code ROLE_<role>} for every implied role, plus
	 * {@code ROLE_CUSTOMER} or {@code ROLE_STAFF}.
	 */
	public Set<String> authorities() {
		Set<String> names = implied().stream().map(r -> "ROLE_" + r.name()).collect(Collectors.toSet());
		names.add(isCustomer() ? "ROLE_CUSTOMER" : "ROLE_STAFF");
		return names;
	}
}
