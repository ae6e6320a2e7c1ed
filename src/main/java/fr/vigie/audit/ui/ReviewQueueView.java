package fr.vigie.audit.ui;

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
import fr.vigie.audit.AuditTest;
import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.shared.ui.GridAccessibility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Tests waiting for a quality manager's review, oldest first, and the latest validated.
 */
@Route("reviews")
@Menu(title = "nav.reviews", order = 45, icon = "vaadin:check-square-o")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class ReviewQueueView extends Main implements HasDynamicTitle {

	private static final int RECENT = 50;

	ReviewQueueView(AuditManagement audits, OrganisationManagement organisation) {
		addClassName("page");
		add(new H1(getTranslation("reviews.title")));
		List<AuditTest> waiting = audits.reviewQueue();
		List<AuditTest> validated = audits.validated().stream().limit(RECENT).toList();
		Map<String, String> names = organisation
			.siteNames(Stream.concat(waiting.stream(), validated.stream()).map(AuditTest::siteId).distinct().toList());
		add(new H2(getTranslation("reviews.waiting") + " (" + waiting.size() + ")"));
		if (waiting.isEmpty()) {
			add(new Paragraph(getTranslation("reviews.none")));
		}
		else {
			add(grid(waiting, names, "reviews.waiting", true));
		}
		add(new H2(getTranslation("reviews.validated")));
		add(grid(validated, names, "reviews.validated", false));
	}

	private Grid<AuditTest> grid(List<AuditTest> tests, Map<String, String> names, String labelKey, boolean waiting) {
		Grid<AuditTest> grid = new Grid<>();
		grid.addComponentColumn(
				(test) -> new Anchor("reviews/" + test.id(), names.getOrDefault(test.siteId(), test.siteId())))
			.setHeader(getTranslation("reviews.site"))
			.setFlexGrow(2);
		grid.addColumn((test) -> getTranslation(test.channel().messageKey()))
			.setHeader(getTranslation("reviews.channel"));
		grid.addColumn((test) -> test.testedOn().format(AuditUi.MOMENT_DAY)).setHeader(getTranslation("reviews.date"));
		grid.addColumn(AuditTest::auditorCode).setHeader(getTranslation("reviews.auditor"));
		grid.addColumn((test) -> {
			java.time.Instant at = waiting ? test.submittedAt() : test.validatedAt();
			return (at != null) ? at.atZone(AuditUi.PARIS).format(AuditUi.MOMENT) : "";
		}).setHeader(getTranslation(waiting ? "reviews.submittedAt" : "reviews.validatedAt"));
		grid.setItems(tests);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation(labelKey));
		return GridAccessibility.hideSizerRow(grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reviews.title") + " · " + getTranslation("app.name");
	}

}
