package fr.vigie.referential.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.vigie.identity.Role;
import fr.vigie.referential.ReferentialDiff;
import fr.vigie.referential.ReferentialDiff.FieldDifference;
import fr.vigie.referential.ReferentialDiff.Kind;
import fr.vigie.referential.ReferentialDiff.NodeDifference;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialVersion;
import jakarta.annotation.security.RolesAllowed;

/**
 * What changed between two versions: added, removed and changed items, and for each
 * changed one the fields with their old and new values.
 */
@Route("referentials/diff")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class ReferentialDiffView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ReferentialManagement referentials;

	private final Select<ReferentialVersion> from = new Select<>();

	private final Select<ReferentialVersion> to = new Select<>();

	private final Paragraph summary = new Paragraph();

	private final Grid<NodeDifference> grid = new Grid<>();

	private final List<ReferentialVersion> versions;

	ReferentialDiffView(ReferentialManagement referentials) {
		this.referentials = referentials;
		this.versions = referentials.allVersions();
		addClassName("page");
		this.from.setLabel(getTranslation("referential.diff.from"));
		this.to.setLabel(getTranslation("referential.diff.to"));
		for (Select<ReferentialVersion> select : List.of(this.from, this.to)) {
			select.setItems(this.versions);
			select.setItemLabelGenerator((version) -> Formats.versionLabel(this, version));
			select.addValueChangeListener((event) -> {
				if (event.isFromClient()) {
					updateUrl();
				}
				refresh();
			});
		}
		this.from.setId("diff-from");
		this.to.setId("diff-to");
		this.summary.setId("diff-summary");
		this.summary.getElement().setAttribute("aria-live", "polite");

		this.grid.addComponentColumn((difference) -> {
			Span kind = new Span(getTranslation(difference.kind().messageKey()));
			kind.addClassNames("diff-kind", "diff-" + difference.kind().name().toLowerCase(java.util.Locale.ROOT));
			return kind;
		}).setHeader(getTranslation("referential.diff.kind")).setAutoWidth(true);
		this.grid.addColumn((difference) -> difference.node().label(getLocale()))
			.setHeader(getTranslation("referential.diff.node"))
			.setFlexGrow(2);
		this.grid.addComponentColumn(this::changes)
			.setHeader(getTranslation("referential.diff.changes"))
			.setFlexGrow(3);
		this.grid.setAriaLabel(getTranslation("referential.diff.grid"));
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setId("diff-grid");
		HorizontalLayout pickers = new HorizontalLayout(this.from, this.to);
		pickers.setWrap(true);
		pickers.addClassName("diff-pickers");
		this.from.setMinWidth("18em");
		this.to.setMinWidth("18em");
		add(new H1(getTranslation("referentials.diff.title")), pickers, this.summary, this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		find(parameters.getSingleParameter("from")).ifPresent(this.from::setValue);
		find(parameters.getSingleParameter("to")).ifPresent(this.to::setValue);
		refresh();
	}

	private Optional<ReferentialVersion> find(Optional<String> id) {
		return id.flatMap(
				(value) -> this.versions.stream().filter((version) -> version.id().value().equals(value)).findFirst());
	}

	private void updateUrl() {
		if (this.from.getValue() != null && this.to.getValue() != null) {
			getUI().ifPresent((ui) -> ui.navigate(ReferentialDiffView.class, new QueryParameters(Map.of("from",
					List.of(this.from.getValue().id().value()), "to", List.of(this.to.getValue().id().value())))));
		}
	}

	private void refresh() {
		if (this.from.getValue() == null || this.to.getValue() == null) {
			this.summary.setText(getTranslation("referential.diff.choose"));
			this.grid.setItems(List.of());
			return;
		}
		ReferentialDiff diff = this.referentials.diff(this.from.getValue().id(), this.to.getValue().id());
		this.summary.setText(
				diff.isEmpty() ? getTranslation("referential.diff.none") : getTranslation("referential.diff.summary",
						diff.count(Kind.ADDED), diff.count(Kind.REMOVED), diff.count(Kind.CHANGED)));
		this.grid.setItems(diff.differences());
	}

	private Component changes(NodeDifference difference) {
		Div box = new Div();
		box.addClassName("diff-changes");
		for (FieldDifference field : difference.fields()) {
			box.add(new Div(getTranslation("referential.diff.change", getTranslation(field.field().messageKey()),
					Formats.value(this, field.before()), Formats.value(this, field.after()))));
		}
		return box;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("referentials.diff.title") + " · " + getTranslation("app.name");
	}

}
