package fr.vigie.campaign.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface TestSlotRepository extends MongoRepository<TestSlot, String> {

	List<TestSlot> findByCampaignIdAndWaveOrderByDateAscStartAsc(String campaignId, int wave);

	List<TestSlot> findByStatusAndDateLessThanEqual(SlotStatus status, LocalDate date);

	/** Inclusive on both dates (a derived "Between" would exclude them). */
	@Query("{ 'status': ?0, 'date': { '$gte': ?1, '$lte': ?2 } }")
	List<TestSlot> findByStatusAndDateFromTo(SlotStatus status, LocalDate from, LocalDate to);

	List<TestSlot> findByAuditorUsernameAndStatusInOrderByDateAscStartAsc(String username,
			Collection<SlotStatus> statuses);

	@Query("{ 'auditorId': { '$in': ?0 }, 'date': { '$gte': ?1, '$lte': ?2 }, 'status': { '$in': ?3 } }")
	List<TestSlot> findByAuditorsFromTo(Collection<String> auditorIds, LocalDate from, LocalDate to,
			Collection<SlotStatus> statuses);

	void deleteByCampaignIdAndWaveAndStatus(String campaignId, int wave, SlotStatus status);

	void deleteByCampaignIdAndStatus(String campaignId, SlotStatus status);

}
