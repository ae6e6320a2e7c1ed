package fr.vigie.campaign.internal;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FeedTokenRepository extends MongoRepository<FeedToken, String> {

	Optional<FeedToken> findByToken(String token);

}
