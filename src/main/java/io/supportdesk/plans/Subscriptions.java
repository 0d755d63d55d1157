package io.supportdesk.plans;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Subscriptions as aggregates, for their changes; SubscriptionManagement reads an organisation's in one query. */
interface Subscriptions extends ListCrudRepository<Subscription, UUID> {

	@Query("select organisation_id from plans_subscription where id = :id")
	UUID findOrganisationOf(UUID id);
}
