package io.supportdesk.plans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Subscriptions extends ListCrudRepository<Subscription, UUID> {

	@Query("select * from plans_subscription where organisation_id = :organisationId order by starts_at, recorded_at")
	List<Subscription> findByOrganisation(UUID organisationId);

	@Query("select organisation_id from plans_subscription where id = :id")
	UUID findOrganisationOf(UUID id);
}
