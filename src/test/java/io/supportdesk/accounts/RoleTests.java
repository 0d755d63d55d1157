package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTests {

	@ParameterizedTest(name = "{0} includes {1}: {2}")
	@CsvSource({
			"ADMIN,          MANAGER,        true",
			"ADMIN,          OPERATIONS,     true",
			"MANAGER,        AGENT,          true",
			"MANAGER,        OPERATIONS,     false",
			"TAM,            AGENT,          true",
			"AGENT,          TAM,            false",
			"OPERATIONS,     AGENT,          false",
			"CUSTOMER_ADMIN, CUSTOMER_USER,  true",
			"CUSTOMER_USER,  CUSTOMER_ADMIN, false",
			"ADMIN,          CUSTOMER_ADMIN, true" })
	void aRoleIncludesTheRolesBelowIt(Role role, Role other, boolean included) {
		assertThat(role.includes(other)).isEqualTo(included);
	}

	@ParameterizedTest
	@CsvSource({ "CUSTOMER_USER, ROLE_CUSTOMER", "CUSTOMER_ADMIN, ROLE_CUSTOMER", "AGENT, ROLE_STAFF",
			"OPERATIONS, ROLE_STAFF", "ADMIN, ROLE_STAFF" })
	void everyRoleBelongsToTheCustomerOrTheStaffShell(Role role, String shell) {
		assertThat(role.authorities()).contains(shell, "ROLE_" + role.name());
	}
}
