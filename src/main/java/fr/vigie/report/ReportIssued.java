package fr.vigie.report;

/** A report was added to the register of issued reports. */
public record ReportIssued(String sha256, ReportKind kind, String siteId, String periodCode, String issuedBy) {

}
