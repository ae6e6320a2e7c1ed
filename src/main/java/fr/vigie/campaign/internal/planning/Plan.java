package fr.vigie.campaign.internal.planning;

import java.util.List;

/**
 * The result of a draw.
 *
 * @param slots every drawn test, assigned or not
 * @param problems site/channel pairs whose quota could not be placed in full, and why
 * @param inputFingerprint SHA-256 of everything the draw depended on: two draws with the
 * same seed and the same fingerprint give the same plan
 */
public record Plan(List<DrawnSlot> slots, List<DrawProblem> problems, String inputFingerprint) {

	public Plan {
		slots = List.copyOf(slots);
		problems = List.copyOf(problems);
	}

	public long unassignedCount() {
		return this.slots.stream().filter((slot) -> !slot.assigned()).count();
	}

	/** A quota that could not be placed: message key and the number of tests missing. */
	public record DrawProblem(String siteId, fr.vigie.shared.Channel channel, String reasonKey, int missing) {

	}

}
