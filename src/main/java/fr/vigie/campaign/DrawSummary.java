package fr.vigie.campaign;

import java.util.List;

/**
 * What a draw produced, for the quality manager: counts, and the quotas that could not be
 * placed with their reason (message key).
 */
public record DrawSummary(int wave, long seed, int slots, long unassigned, List<Problem> problems,
		String inputFingerprint) {

	public record Problem(String siteId, String channelCode, String reasonKey, int missing) {

	}

}
