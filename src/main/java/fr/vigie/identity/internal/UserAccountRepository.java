package fr.vigie.identity.internal;

import java.util.List;
import java.util.Optional;

import fr.vigie.identity.UserAccount;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface UserAccountRepository extends MongoRepository<UserAccount, String> {

	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

}
