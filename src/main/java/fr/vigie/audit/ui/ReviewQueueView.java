package fr.vigie.audit.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.ReviewEntry;
import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.shared.ui.GridAccessibility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Tests waiting for a quality manager's review, oldest first, and the validated ones,
 * latest first; both read a page at a time (a national queue holds thousands of tests).
 */
@Route("reviews")
@Menu(title = "nav.reviews", order = 45, icon = "vaadin:check-square-o")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class ReviewQueueView extends Main implements HasDynamicTitle {

	private final OrganisationManagement organisation;

	/** Names of the sites of the pages read so far. */
	private final Map<String, String> names = new HashMap<>();

	ReviewQueueView(AuditManagement audits, OrganisationManagement organisation) {
		this.organisation = organisation;
		addClassName("page");
		add(new H1(getTranslation("reviews.title")));
		long waiting = audits.reviewQueueSize();
		add(new H2(getTranslation("reviews.waiting") + " (" + waiting + ")"));
		if (waiting == 0) {
			add(new Paragraph(getTranslation("reviews.none")));
		}
		else {
			Grid<ReviewEntry> grid = grid("reviews.waiting", true);
			grid.setItems((query) -> named(audits.reviewQueue(query.getOffset(), query.getLimit())),
					(query) -> (int) audits.reviewQueueSize());
			// A short queue fits in one page: shown whole, without an empty frame.
			grid.setAllRowsVisible(waiting <= grid.getPageSize());
			add(grid);
		}
		add(new H2(getTranslation("reviews.validated")));
		Grid<ReviewEntry> validated = grid("reviews.validated", false);
		validated.setItems((query) -> named(audits.validated(query.getOffset(), query.getLimit())),
				(query) -> (int) audits.validatedCount());
		validated.setEmptyStateText(getTranslation("reviews.validated.none"));
		add(validated);
	}

	private Stream<ReviewEntry> named(List<ReviewEntry> page) {
		List<String> unknown = page.stream()
			.map(ReviewEntry::siteId)
			.filter((siteId) -> !this.names.containsKey(siteId))
			.distinct()
			.toList();
		if (!unknown.isEmpty()) {
			this.names.putAll(this.organisation.siteNames(unknown));
		}
		return page.stream();
	}

	private Grid<ReviewEntry> grid(String labelKey, boolean waiting) {
		Grid<ReviewEntry> grid = new Grid<>();
		grid.addComponentColumn(
				(test) -> new Anchor("reviews/" + test.id(), this.names.getOrDefault(test.siteId(), test.siteId())))
			.setHeader(getTranslation("reviews.site"))
			.setFlexGrow(2);
		grid.addColumn((test) -> getTranslation(test.channel().messageKey()))
			.setHeader(getTranslation("reviews.channel"));
		grid.addColumn((test) -> test.testedOn().format(AuditUi.MOMENT_DAY)).setHeader(getTranslation("reviews.date"));
		grid.addColumn(ReviewEntry::auditorCode).setHeader(getTranslation("reviews.auditor"));
		grid.addColumn((test) -> {
			java.time.Instant at = waiting ? test.submittedAt() : test.validatedAt();
			return (at != null) ? at.atZone(AuditUi.PARIS).format(AuditUi.MOMENT) : "";
		}).setHeader(getTranslation(waiting ? "reviews.submittedAt" : "reviews.validatedAt"));
		// A fixed height: showing every row of a long list would read it whole.
		grid.setHeight("24rem");
		grid.setAriaLabel(getTranslation(labelKey));
		return GridAccessibility.hideSizerRow(grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reviews.title") + " · " + getTranslation("app.name");
	}

}
