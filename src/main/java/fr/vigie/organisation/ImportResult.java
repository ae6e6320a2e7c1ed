package fr.vigie.organisation;

/**
 * What a confirmed import did.
 *
 * @param created records created
 * @param updated records changed
 * @param unchanged lines identical to what was stored
 * @param excluded lines left out on purpose
 */
public record ImportResult(int created, int updated, int unchanged, int excluded) {

}
