package fr.vigie.audit;

/**
 * Why a test cannot be submitted yet: an item lacks its answer, its photo, its comment or
 * the reason for departing from the measured conformity.
 *
 * @param itemUrn the item concerned
 * @param label the item as printed ("2.3 · Accueil courtois")
 * @param missing message key of what is missing
 */
public record CompletenessGap(String itemUrn, String label, String missing) {

}
