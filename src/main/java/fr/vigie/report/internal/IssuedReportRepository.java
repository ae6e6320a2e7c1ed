package fr.vigie.report.internal;

import java.util.List;
import java.util.Optional;

import fr.vigie.report.IssuedReport;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface IssuedReportRepository extends MongoRepository<IssuedReport, String> {

	Optional<IssuedReport> findFirstByDocumentIdOrderByIssuedAtAsc(String documentId);

	List<IssuedReport> findTop200ByOrderByIssuedAtDesc();

}
