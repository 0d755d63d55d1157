package io.supportdesk.shared;

/**
 * An entry of a shell's navigation, declared as a bean by the module that owns the page.
 *
 * @param shell {@code portal} (customers) or {@code console} (staff)
 * @param path the page, e.g. {@code /console/organisations}
 * @param messageKey the label's message key
 * @param role the role a user needs to see the entry (Spring role name without {@code ROLE_}),
 * e.g. {@code CUSTOMER_ADMIN}; {@code CUSTOMER} or {@code STAFF} for everyone in the shell
 * @param order position, lowest first
 * @param group the message key of the menu the entry sits in (for example {@code nav.group.setup}),
 * or null for an entry of its own in the bar; a menu takes the position of its first entry
 */
public record NavigationItem(String shell, String path, String messageKey, String role, int order, String group) {

	/** An entry of its own in the bar. */
	public NavigationItem(String shell, String path, String messageKey, String role, int order) {
		this(shell, path, messageKey, role, order, null);
	}

	/** The menu of customer pages: organisations, the TAM's accounts, trial licences, add-ons. */
	public static final String CUSTOMERS = "nav.group.customers";

	/** The customers' menu of product pages: downloads and suggestions. */
	public static final String PRODUCTS = "nav.group.products";

	/** The administration menu: staff, teams, the plan catalogue, calendars, the audit log. */
	public static final String SETUP = "nav.group.setup";
}
