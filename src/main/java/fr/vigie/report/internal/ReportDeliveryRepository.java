package fr.vigie.report.internal;

import java.util.List;

import fr.vigie.report.ReportDelivery;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReportDeliveryRepository extends MongoRepository<ReportDelivery, String> {

	List<ReportDelivery> findTop12ByUsernameOrderByMonthDesc(String username);

}
