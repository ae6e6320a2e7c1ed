package fr.vigie.report.internal;

import java.util.List;

import fr.vigie.report.ReportBatch;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReportBatchRepository extends MongoRepository<ReportBatch, String> {

	List<ReportBatch> findTop20ByOrderByRequestedAtDesc();

	List<ReportBatch> findTop20ByRequestedByOrderByRequestedAtDesc(String requestedBy);

}
