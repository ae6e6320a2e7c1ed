package fr.vigie.organisation.internal;

import java.util.List;

import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteHeader;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SiteRepository extends MongoRepository<Site, String> {

	/** Every site's header only (a field projection), by name. */
	List<SiteHeader> findHeadersByOrderByNameAsc();

	long countByDirectionId(String directionId);

}
