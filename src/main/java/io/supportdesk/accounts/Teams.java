package io.supportdesk.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Teams extends ListCrudRepository<Team, UUID> {

	@Query("select * from accounts_team order by lower(name)")
	List<Team> findAllByName();

	@Query("select exists (select 1 from accounts_team where lower(name) = lower(:name))")
	boolean existsByName(String name);
}
