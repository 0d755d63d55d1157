package io.supportdesk.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, UUID> {

	@Query("select * from accounts_api_token where user_id = :userId order by created_at desc")
	List<ApiToken> findByUser(UUID userId);
}
