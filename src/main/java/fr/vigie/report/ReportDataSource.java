package fr.vigie.report;

import fr.vigie.scoring.Verdict;
import java.util.Collection;
import java.util.List;

/**
 * Where report figures come from: the port the scoring module implements with its stored
 * scores, findings and actions. Implementations return finished read models; the report
 * module only checks access and lays them out.
 * <p>
 * Implementations are called with the requesting user's security context (also from the
 * batch worker), after the report module has checked that the sites are within the user's
 * scope.
 */
public interface ReportDataSource {

	/** Referential versions reports can be issued against, the default first. */
	List<ReferentialChoice> referentials();

	/** Periods offered in the report screens, the most recent first. */
	List<ReportPeriod> periods();

	/**
	 * The compliance report of a site. A site without any validated test in the period
	 * gets a model with {@link Verdict#NO_DATA}, never an exception.
	 */
	SiteReportModel siteReport(String siteId, ReportPeriod period, String referentialId);

	/** The network report over {@code siteIds}, described by {@code scopeLabel}. */
	NetworkReportModel networkReport(Collection<String> siteIds, String scopeLabel, ReportPeriod period,
			String referentialId);

	/** The results poster of a site. */
	PosterModel poster(String siteId, ReportPeriod period, String referentialId);

}
