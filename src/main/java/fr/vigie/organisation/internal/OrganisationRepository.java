package fr.vigie.organisation.internal;

import java.util.List;

import fr.vigie.organisation.Organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrganisationRepository extends MongoRepository<Organisation, String> {

	List<Organisation> findAllByOrderByNameAsc();

}
