package fr.vigie.audit;

import java.time.Instant;

/** A step of the review: submitted, returned with a comment, validated. */
public record ReviewNote(Instant at, String by, AuditStatus outcome, String comment) {

}
