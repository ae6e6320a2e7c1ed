package fr.vigie.scoring;

/**
 * Which open findings a quality manager looks at: one site's (to answer them with one
 * action) and/or one grade; null means any.
 */
public record FindingFilter(String siteId, FindingGrade grade) {

	public static final FindingFilter ALL = new FindingFilter(null, null);

}
