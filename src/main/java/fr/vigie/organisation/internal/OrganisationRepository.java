package fr.vigie.organisation.internal;

import fr.vigie.organisation.Organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrganisationRepository extends MongoRepository<Organisation, String> {

}
