package fr.vigie.report.internal;

import java.util.List;

import fr.vigie.report.DeliverySubscription;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DeliverySubscriptionRepository extends MongoRepository<DeliverySubscription, String> {

	List<DeliverySubscription> findByActiveTrueOrderByUsernameAsc();

}
