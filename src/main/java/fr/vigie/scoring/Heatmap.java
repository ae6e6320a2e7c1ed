package fr.vigie.scoring;

import java.util.List;

/**
 * Sites × engagements: one row per site with data, one cell per engagement (null when the
 * site's tests did not assess it).
 */
public record Heatmap(List<EngagementRef> engagements, List<Row> rows) {

	public Heatmap {
		engagements = List.copyOf(engagements);
		rows = List.copyOf(rows);
	}

	public record EngagementRef(String urn, String refId, String name) {

		public String code() {
			return (this.refId != null) ? this.refId : this.name;
		}

	}

	/** {@code cells} are aligned with the heatmap's engagements; a cell may be null. */
	public record Row(String siteId, String siteName, List<EngagementResult> cells) {

	}

}
