package fr.vigie.organisation.internal;

import java.util.List;

import fr.vigie.organisation.Site;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SiteRepository extends MongoRepository<Site, String> {

	long countByDirectionId(String directionId);

}
