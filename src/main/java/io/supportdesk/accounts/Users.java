package io.supportdesk.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Users extends ListCrudRepository<User, UUID> {

	@Query("select * from accounts_user where lower(email) = lower(:email)")
	Optional<User> findByEmail(String email);

	@Query("select exists (select 1 from accounts_user where lower(email) = lower(:email))")
	boolean existsByEmail(String email);

	@Query("select * from accounts_user where organisation_id = :organisationId order by lower(name)")
	List<User> findByOrganisation(UUID organisationId);

	@Query("select * from accounts_user where organisation_id is null order by lower(name)")
	List<User> findStaff();
}
