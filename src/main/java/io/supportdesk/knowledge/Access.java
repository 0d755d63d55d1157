package io.supportdesk.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader may know exists: articles of these visibilities, and — staff only — translations
 * that are not published. Every read query of the module takes one.
 */
record Access(Set<Visibility> visibilities, boolean staff) {

	static final Access ANONYMOUS = new Access(EnumSet.of(Visibility.PUBLIC), false);

	static final Access CUSTOMER = new Access(EnumSet.of(Visibility.PUBLIC, Visibility.CUSTOMERS), false);

	static final Access STAFF = new Access(EnumSet.allOf(Visibility.class), true);

	/** The visibilities as the database stores them, for {@code visibility in (:visibilities)}. */
	List<String> names() {
		return visibilities.stream().map(Enum::name).toList();
	}

	/** The states a reader may see: published only, or everything for staff. */
	List<String> states() {
		return staff ? List.of("DRAFT", "PUBLISHED", "ARCHIVED") : List.of("PUBLISHED");
	}
}
