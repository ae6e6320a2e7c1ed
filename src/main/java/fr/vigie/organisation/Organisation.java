package fr.vigie.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The authority whose services are audited (a city, a métropole, a préfecture network…).
 */
@Document("organisations")
public record Organisation(@Id String id, String name) {

}
