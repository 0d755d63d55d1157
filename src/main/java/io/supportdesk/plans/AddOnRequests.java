package io.supportdesk.plans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AddOnRequests extends ListCrudRepository<AddOnRequest, UUID> {

	@Query("select * from plans_addon_request where organisation_id = :organisationId order by requested_at desc")
	List<AddOnRequest> findByOrganisation(UUID organisationId);

	@Query("select * from plans_addon_request where status in ('REQUESTED', 'QUOTED', 'SCHEDULED') order by requested_at")
	List<AddOnRequest> findOpen();

	@Query("select organisation_id from plans_addon_request where id = :id")
	UUID findOrganisationOf(UUID id);
}
