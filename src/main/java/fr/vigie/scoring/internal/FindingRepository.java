package fr.vigie.scoring.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import fr.vigie.scoring.Finding;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FindingRepository extends MongoRepository<Finding, String> {

	List<Finding> findByAuditId(String auditId);

	List<Finding> findBySiteIdAndObservedOnBetweenOrderByObservedOnDesc(String siteId, LocalDate from, LocalDate to);

	List<Finding> findByActionIdIn(Collection<String> actionIds);

}
