package io.supportdesk.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, UUID> {

	@Query("select * from accounts_organisation order by lower(name)")
	List<Organisation> findAllByName();

	@Query("select exists (select 1 from accounts_organisation where lower(name) = lower(:name))")
	boolean existsByNameIgnoringCase(String name);
}
