package fr.vigie.scoring;

/**
 * The score of one engagement (a parent node of items); {@code mark} is null when no test
 * assessed it. A failed blocking item ({@code mark.blockingFailed()}) fails it whatever
 * its mark.
 */
public record EngagementResult(String urn, String refId, String name, Mark mark, Verdict verdict) {

	public String code() {
		return (this.refId != null) ? this.refId : this.name;
	}

}
