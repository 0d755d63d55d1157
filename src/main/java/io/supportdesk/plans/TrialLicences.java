package io.supportdesk.plans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TrialLicences extends ListCrudRepository<TrialLicence, UUID> {

	@Query("select * from plans_trial_licence where organisation_id = :organisationId order by requested_at desc")
	List<TrialLicence> findByOrganisation(UUID organisationId);

	@Query("select * from plans_trial_licence where status = 'REQUESTED' order by requested_at")
	List<TrialLicence> findRequested();

	@Query("select organisation_id from plans_trial_licence where id = :id")
	UUID findOrganisationOf(UUID id);
}
