package fr.vigie.report;

import java.util.Optional;
import java.util.Set;

/**
 * The sites a director may see reports for. Quality managers and administrators see the
 * whole network; a director sees only what this port returns for him, and nothing when no
 * implementation is present (closed by default).
 */
public interface DirectorScope {

	/** The director's scope, or empty when he has none. */
	Optional<Scope> scopeOf(String username);

	/**
	 * @param label what the scope is, as printed on network reports (e.g. "Territoire
	 * Nord")
	 * @param siteIds ids of the sites in the scope
	 */
	record Scope(String label, Set<String> siteIds) {

		public Scope {
			siteIds = Set.copyOf(siteIds);
		}

	}

}
