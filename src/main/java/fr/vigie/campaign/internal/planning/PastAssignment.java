package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;

/** An earlier test of a site by an auditor, for the rotation rule. */
public record PastAssignment(String auditorId, String siteId, LocalDate date) {

}
