package fr.vigie.campaign;

/**
 * Life of a test slot. Only published, overdue and done slots are visible to auditors.
 */
public enum SlotStatus {

	DRAFT, PUBLISHED, OVERDUE, DONE, CANCELLED;

	public String messageKey() {
		return "slotStatus." + name();
	}

}
