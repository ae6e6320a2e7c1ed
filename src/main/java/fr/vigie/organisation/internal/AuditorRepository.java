package fr.vigie.organisation.internal;

import java.util.List;
import java.util.Optional;

import fr.vigie.organisation.Auditor;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditorRepository extends MongoRepository<Auditor, String> {

	List<Auditor> findAllByOrderByIdAsc();

	Optional<Auditor> findByUsername(String username);

}
