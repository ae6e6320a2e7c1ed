package fr.vigie.organisation.internal;

import fr.vigie.organisation.Direction;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DirectionRepository extends MongoRepository<Direction, String> {

}
