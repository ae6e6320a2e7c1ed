package fr.vigie.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A direction or territory grouping sites inside an organisation. */
@Document("directions")
public record Direction(@Id String id, String organisationId, String name) {

}
