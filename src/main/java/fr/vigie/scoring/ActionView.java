package fr.vigie.scoring;

import java.util.List;

/**
 * A corrective action with its findings and, once re-tested, the score before (the tests
 * that raised its findings, on the re-tested channel) and after (the re-test).
 *
 * @param before null until a re-test was asked
 * @param after null until the re-test is validated
 */
public record ActionView(CorrectiveAction action, String siteName, List<Finding> findings, Mark before, Mark after) {

}
