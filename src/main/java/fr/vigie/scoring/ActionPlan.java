package fr.vigie.scoring;

import java.time.LocalDate;

import fr.vigie.shared.UserFacingException;

/**
 * What a quality manager decides for a corrective action.
 *
 * @param title what will be done
 * @param ownerUnit the unit in charge, as printed in reports (never a person's name)
 * @param ownerUsername the user who follows it up and gets the reminders
 * @param dueOn the due date
 */
public record ActionPlan(String title, String ownerUnit, String ownerUsername, LocalDate dueOn) {

	public void validate() {
		if (this.title == null || this.title.isBlank()) {
			throw new UserFacingException("scoring.action.titleRequired");
		}
		if (this.ownerUnit == null || this.ownerUnit.isBlank()) {
			throw new UserFacingException("scoring.action.unitRequired");
		}
		if (this.ownerUsername == null || this.ownerUsername.isBlank()) {
			throw new UserFacingException("scoring.action.ownerRequired");
		}
		if (this.dueOn == null) {
			throw new UserFacingException("scoring.action.dueRequired");
		}
	}

}
