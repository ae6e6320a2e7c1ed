package fr.vigie.campaign.internal;

import java.util.List;

import fr.vigie.campaign.Campaign;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CampaignRepository extends MongoRepository<Campaign, String> {

	List<Campaign> findAllByOrderByCreatedAtDesc();

}
