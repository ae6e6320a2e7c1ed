package fr.vigie.scoring;

/** Where a corrective action stands. */
public enum ActionStatus {

	OPEN, IN_PROGRESS, CLOSED, CANCELLED;

	/** Still to be done: reminders and overdue escalation apply. */
	public boolean active() {
		return this == OPEN || this == IN_PROGRESS;
	}

	public String messageKey() {
		return "scoring.action.status." + name();
	}

}
