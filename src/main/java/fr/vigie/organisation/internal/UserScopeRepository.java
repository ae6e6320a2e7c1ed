package fr.vigie.organisation.internal;

import fr.vigie.organisation.UserScope;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface UserScopeRepository extends MongoRepository<UserScope, String> {

}
