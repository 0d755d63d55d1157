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
 */
public record NavigationItem(String shell, String path, String messageKey, String role, int order) {
}
