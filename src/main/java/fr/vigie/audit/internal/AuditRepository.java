package fr.vigie.audit.internal;

import java.util.List;

import fr.vigie.audit.AuditTest;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditRepository extends MongoRepository<AuditTest, String> {

	List<AuditTest> findByAuditorUsername(String auditorUsername);

}
