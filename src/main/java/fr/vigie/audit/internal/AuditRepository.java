package fr.vigie.audit.internal;

import java.util.Collection;
import java.util.List;

import fr.vigie.audit.AuditStatus;
import fr.vigie.audit.AuditTest;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditRepository extends MongoRepository<AuditTest, String> {

	List<AuditTest> findByStatusOrderBySubmittedAtAsc(AuditStatus status);

	List<AuditTest> findByStatusInOrderByValidatedAtDesc(Collection<AuditStatus> statuses);

	List<AuditTest> findByAuditorUsername(String auditorUsername);

}
