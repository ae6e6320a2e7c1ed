package fr.vigie.identity;

/** What a user may do in Vigie. A user can hold several roles. */
public enum Role {

	/** Plans campaigns, maintains referentials, sites and auditors, reviews tests. */
	QUALITY_MANAGER,
	/** Runs the mystery tests assigned to him and fills their checklists. */
	AUDITOR,
	/**
	 * Reads results and downloads reports within his scope; never sees upcoming tests.
	 */
	DIRECTOR,
	/** Manages users, roles and organisation settings. */
	ADMIN;

	/**
	 * Names used in {@code @RolesAllowed}; kept as constants so annotations can use them.
	 */
	public static final class Names {

		public static final String QUALITY_MANAGER = "QUALITY_MANAGER";

		public static final String AUDITOR = "AUDITOR";

		public static final String DIRECTOR = "DIRECTOR";

		public static final String ADMIN = "ADMIN";

		private Names() {
		}

	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
