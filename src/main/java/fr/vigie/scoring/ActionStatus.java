package fr.vigie.scoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a corrective action stands. */
public enum ActionStatus {

	OPEN, IN_PROGRESS, CLOSED, CANCELLED;

	/** Still to be done: reminders and overdue escalation apply. */
	public boolean active() {
		return this == OPEN || this == IN_PROGRESS;
	}

	/** The statuses of {@link #active()} actions, for store queries. */
	public static Set<ActionStatus> activeOnes() {
		return Arrays.stream(values())
			.filter(ActionStatus::active)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionStatus.class)));
	}

	public String messageKey() {
		return "scoring.action.status." + name();
	}

}
