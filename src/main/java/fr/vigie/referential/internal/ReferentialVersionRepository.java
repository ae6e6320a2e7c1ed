package fr.vigie.referential.internal;

import java.util.List;

import fr.vigie.referential.ReferentialStatus;
import fr.vigie.referential.ReferentialVersion;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReferentialVersionRepository extends MongoRepository<ReferentialVersion, String> {

	List<ReferentialVersion> findAllByStatus(ReferentialStatus status);

}
