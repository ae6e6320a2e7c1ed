package fr.vigie.organisation.internal;

import java.util.List;

import fr.vigie.organisation.Direction;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DirectionRepository extends MongoRepository<Direction, String> {

	List<Direction> findByOrganisationIdOrderByNameAsc(String organisationId);

	List<Direction> findAllByOrderByNameAsc();

}
