package fr.vigie.referential.internal;

import fr.vigie.referential.ReferentialLoadReport;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface LoadReportRepository extends MongoRepository<ReferentialLoadReport, String> {

}
