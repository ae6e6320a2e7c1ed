package fr.vigie.audit;

/**
 * Life of a test's checklist. The auditor edits it while in progress or returned; once
 * submitted it is locked until a quality manager validates it or returns it. After
 * validation only quality managers correct it, each change with a reason.
 */
public enum AuditStatus {

	IN_PROGRESS, SUBMITTED, RETURNED, VALIDATED;

	public boolean editableByAuditor() {
		return this == IN_PROGRESS || this == RETURNED;
	}

	public String messageKey() {
		return "audit.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
